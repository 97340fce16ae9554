// A typed value: numbers (a percent in %), text or a date, committed on blur or Enter.

import { Input } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { InputField } from '../../../criteria/model';
import type { CellValue } from '../../../plan/grid';
import { useDraft } from '../../hooks/useDraft';
import { useI18n } from '../../i18n/I18nProvider';
import { cellToInputText, inputTextToCell, isNumericField, sameCellValue } from '../../logic/field-value';
import { fieldTestId } from '../../test-ids';

export interface TypedInputProps {
  field: InputField;
  value: CellValue | undefined;
  onCommit: (value: CellValue) => void;
  /** Told after each commit whether the typed text could be read (undefined) or why not. */
  onTyped: (problem: 'notANumber' | 'notADate' | undefined) => void;
}

export function TypedInput({ field, value, onCommit, onTyped }: TypedInputProps) {
  const { language } = useI18n();
  const shown = cellToInputText(field, value, language);
  const commit = useCallback(
    (text: string) => {
      const parsed = inputTextToCell(field, text);
      onTyped(parsed.ok ? undefined : parsed.reason);
      if (parsed.ok && !sameCellValue(value, parsed.value)) onCommit(parsed.value);
    },
    [field, value, onCommit, onTyped],
  );
  const draft = useDraft(shown, commit);
  return (
    <Input
      data-testid={fieldTestId(field.id)}
      type={field.type === 'date' ? 'date' : 'text'}
      inputMode={isNumericField(field) ? 'decimal' : undefined}
      contentAfter={field.type === 'percent' ? <span aria-hidden="true">%</span> : undefined}
      value={draft.text}
      onChange={(_, data) => draft.setText(data.value)}
      onBlur={draft.onBlur}
      onKeyDown={draft.onKeyDown}
    />
  );
}
