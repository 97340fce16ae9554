// A typed value: numbers (a percent in %), text or a date (dd/mm/yyyy). It counts as you type: the value is
// written to its cell when the user pauses (and on blur or Enter). Under a number box, what the
// typed text was read as ("Hiểu là 85%"), so "0,85" in a percent box is seen to mean 85 %.

import { Caption1, Input } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { InputField } from '../../../criteria/model';
import { msg } from '../../../messages';
import type { CellValue } from '../../../plan/grid';
import { useDraft } from '../../hooks/useDraft';
import { useI18n } from '../../i18n/I18nProvider';
import { cellToInputText, inputTextToCell, isNumericField, readingOf, sameCellValue } from '../../logic/field-value';
import { fieldReadingTestId, fieldTestId } from '../../test-ids';

/** How long the user may pause typing before the value is written (and the form recounted). */
export const LIVE_COMMIT_MS = 600;

export interface TypedInputProps {
  field: InputField;
  value: CellValue | undefined;
  onCommit: (value: CellValue) => void;
  /** Told after each commit whether the typed text could be read (undefined) or why not. */
  onTyped: (problem: 'notANumber' | 'notADate' | undefined) => void;
}

export function TypedInput({ field, value, onCommit, onTyped }: TypedInputProps) {
  const { language, render } = useI18n();
  // Dates are typed day first, as the sheet shows them (a browser date box would follow the browser's locale).
  const shown = cellToInputText(field, value, language);
  const commit = useCallback(
    (text: string) => {
      const parsed = inputTextToCell(field, text, language);
      onTyped(parsed.ok ? undefined : parsed.reason);
      if (!parsed.ok) return true;
      if (sameCellValue(value, parsed.value)) return false;
      onCommit(parsed.value);
      return true;
    },
    [field, value, language, onCommit, onTyped],
  );
  const draft = useDraft(shown, commit, { liveMs: LIVE_COMMIT_MS });
  const reading = readingOf(field, draft.text, language);
  return (
    <>
      <Input
        data-testid={fieldTestId(field.id)}
        placeholder={field.type === 'date' ? render(msg('entry.datePlaceholder')) : undefined}
        inputMode={isNumericField(field) ? 'decimal' : undefined}
        contentAfter={field.type === 'percent' ? <span aria-hidden="true">%</span> : undefined}
        value={draft.text}
        onChange={(_, data) => draft.setText(data.value)}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      {isNumericField(field) && (
        <Caption1 aria-live="polite" data-testid={fieldReadingTestId(field.id)}>
          {reading ? render(reading) : ''}
        </Caption1>
      )}
    </>
  );
}
