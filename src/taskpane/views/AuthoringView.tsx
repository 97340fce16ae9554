// Criteria authoring in the pane: use the criteria set written in the open workbook (or in a
// picked .xlsx file), see its issues in Vietnamese with their cells (click to select the
// cell), preview the form it makes (sections, criteria, inputs, maxima) and create the form.

import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { issueText, type AuthoringIssue } from '../../authoring/issues';
import type { CriteriaSet } from '../../criteria/model';
import type { WorkbookPort } from '../../excel/port';
import { useCreateForm } from '../hooks/useCreateForm';
import { useDefinition } from '../hooks/useDefinition';
import { useI18n } from '../i18n/I18nProvider';
import { paneErrorDetail } from '../logic/pane-error';
import type { Language } from '../logic/number-text';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  issue: { textAlign: 'left', height: 'auto', minHeight: 0, padding: `${tokens.spacingVerticalXXS} 0`, fontWeight: tokens.fontWeightRegular, justifyContent: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  hiddenInput: { display: 'none' },
});

export interface AuthoringViewProps {
  port: WorkbookPort;
  openSheet: (name: string) => Promise<void>;
}

export function AuthoringView({ port, openSheet }: AuthoringViewProps) {
  const i18n = useI18n();
  const { language, t } = i18n;
  const styles = useStyles();
  const definition = useDefinition(port);
  const creation = useCreateForm(port, openSheet);
  const [open, setOpen] = useState(false);
  const { state } = definition;
  if (!open) return <ClosedAuthoring detected={definition.detected} onOpen={() => setOpen(true)} onUseWorkbook={() => (setOpen(true), void definition.checkWorkbook())} />;

  const checked = state.phase === 'checked' ? state : undefined;
  const set = checked?.result.set;
  return (
    <section className={styles.view} aria-label={t('pane.authoring.title')}>
      <Subtitle2 as="h2">{t('pane.authoring.title')}</Subtitle2>
      <Caption1>{t('pane.authoring.intro')}</Caption1>
      <DefinitionSources definition={definition} onClose={() => (setOpen(false), definition.reset())} />
      {state.phase === 'checking' && <Spinner size="tiny" label={t('pane.authoring.checking')} />}
      {state.phase === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('pane.authoring.failed', { detail: state.detail })}</MessageBarBody>
        </MessageBar>
      )}
      {checked && <IssueList issues={checked.result.issues} valid={set !== undefined} clickable={checked.source === 'workbook'} port={port} language={language} />}
      {set && <FormPreview set={set} />}
      {set && (
        <CreateForm
          busy={creation.state.phase === 'creating'}
          confirmSheet={creation.state.phase === 'confirmReplace' ? creation.state.sheetName : undefined}
          failure={creation.state.phase === 'failed' ? paneErrorDetail(creation.state.error, i18n) : undefined}
          onCreate={(replace) => void creation.create(set, {}, replace)}
          onCancel={creation.reset}
        />
      )}
    </section>
  );
}

/** Authoring folded away: a button to open it, and an offer when the workbook holds a criteria set. */
function ClosedAuthoring({ detected, onOpen, onUseWorkbook }: { detected: boolean; onOpen: () => void; onUseWorkbook: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.view} aria-label={t('pane.authoring.title')}>
      {detected && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('pane.authoring.detected')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onUseWorkbook}>{t('pane.authoring.useWorkbook')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="subtle" onClick={onOpen}>
          {t('pane.authoring.open')}
        </Button>
      </div>
    </section>
  );
}

/** Where the definition is read from: this workbook, or a picked .xlsx file; and closing. */
function DefinitionSources({ definition, onClose }: { definition: ReturnType<typeof useDefinition>; onClose: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const { state } = definition;
  const checked = state.phase === 'checked' ? state : undefined;
  return (
    <div className={styles.actions}>
      <Button appearance={definition.detected ? 'primary' : 'secondary'} disabled={!definition.detected || state.phase === 'checking'} onClick={() => void definition.checkWorkbook()}>
        {checked?.source === 'workbook' ? t('pane.authoring.recheck') : t('pane.authoring.useWorkbook')}
      </Button>
      <Button disabled={state.phase === 'checking'} onClick={() => fileInput.current?.click()}>
        {t('pane.authoring.loadFile')}
      </Button>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('pane.authoring.loadFile')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void definition.checkFile(file);
        }}
      />
      <Button appearance="subtle" onClick={onClose}>
        {t('pane.authoring.close')}
      </Button>
    </div>
  );
}

function IssueList({ issues, valid, clickable, port, language }: { issues: AuthoringIssue[]; valid: boolean; clickable: boolean; port: WorkbookPort; language: Language }) {
  const styles = useStyles();
  const { render, t } = useI18n();
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <>
      <MessageBar intent={valid ? (issues.length > 0 ? 'warning' : 'success') : 'error'}>
        <MessageBarBody>
          {valid ? t('pane.authoring.valid') : t('pane.authoring.invalid')} {issues.length > 0 && t('pane.authoring.issuesTitle', { errors, warnings: issues.length - errors })}
        </MessageBarBody>
      </MessageBar>
      {issues.length > 0 && clickable && <Caption1>{t('pane.authoring.issuesHint')}</Caption1>}
      {issues.length > 0 && (
        <ul className={styles.list}>
          {issues.map((issue, i) => {
            const line = `${issue.sheet}!${issue.cell}: ${issueText(issue, language, (_language, message) => render(message))}`;
            const kind = issue.severity === 'error' ? t('pane.authoring.error') : t('pane.authoring.warning');
            return (
              <li key={i} className={issue.severity === 'error' ? styles.error : styles.warning}>
                {clickable ? (
                  <Button appearance="transparent" className={styles.issue} aria-label={`${kind}: ${line}`} onClick={() => void port.select({ sheet: issue.sheet, row: issue.row, col: issue.col }).catch(() => undefined)}>
                    {line}
                  </Button>
                ) : (
                  <Body1>{line}</Body1>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function FormPreview({ set }: { set: CriteriaSet }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div>
      <Subtitle2 as="h3">{t('pane.authoring.preview')}</Subtitle2>
      <Body1 as="p">
        <strong>{set.title}</strong>
      </Body1>
      <Caption1>{t('pane.authoring.summary', { formName: set.formName, groupName: set.groupName, year: set.year, maxTotal: set.maxTotal })}</Caption1>
      <ul className={styles.list}>
        {set.sections.map((section) => (
          <li key={section.code}>
            <details>
              <summary>
                {section.code}. {section.name} — {section.max} ({t('pane.authoring.criteria', { count: section.criteria.length })})
              </summary>
              <ul className={styles.list}>
                {section.criteria.map((criterion) => (
                  <li key={criterion.code}>
                    <Body1>
                      {criterion.code} {criterion.name} — {t('pane.authoring.rule', { kind: criterion.rule.kind, max: criterion.max })}
                    </Body1>
                    {criterion.fields.length > 0 && (
                      <Caption1 as="p">{t('pane.authoring.fields', { list: criterion.fields.map((field) => `${field.label} (${field.type}${field.unit ? `, ${field.unit}` : ''})`).join('; ') })}</Caption1>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface CreateFormProps {
  busy: boolean;
  confirmSheet?: string;
  failure?: string;
  onCreate: (replace: boolean) => void;
  onCancel: () => void;
}

function CreateForm({ busy, confirmSheet, failure, onCreate, onCancel }: CreateFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <>
      {confirmSheet && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('pane.authoring.replaceAsk', { sheet: confirmSheet })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onCreate(true)}>{t('pane.authoring.replace')}</Button>
            <Button onClick={onCancel}>{t('pane.authoring.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('pane.authoring.createFailed', { detail: failure })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => onCreate(false)}>
          {busy ? t('pane.authoring.creating') : t('pane.authoring.create')}
        </Button>
      </div>
    </>
  );
}
