// One input field of a criteria set, with its label, hint and problems; the control follows the
// field's type. `onCommit` receives the cell value to write (percent as a fraction, yes/no and
// choices as their labels, dates as serial numbers).

import { Field } from '@fluentui/react-components';
import { useState } from 'react';
import type { InputField } from '../../../criteria/model';
import type { CellValue } from '../../../plan/grid';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldProblemTestId } from '../../test-ids';
import { ChoiceInput } from './ChoiceInput';
import { fieldHint } from './fieldHint';
import { TypedInput } from './TypedInput';
import { YesNoInput } from './YesNoInput';

/** What the pane says when typed text is not a value of the field's type. */
const TYPING_PROBLEM = { notANumber: 'pane.entry.notANumber', notADate: 'pane.entry.notADate' } as const;

export interface FieldInputProps {
  field: InputField;
  /** The cell's current value (from the workbook, or the start view's own state). */
  value: CellValue | undefined;
  /** Problems of this field, already in the pane's language. */
  problems: string[];
  onCommit: (value: CellValue) => void;
}

export function FieldInput({ field, value, problems, onCommit }: FieldInputProps) {
  const i18n = useI18n();
  const [typingError, setTypingError] = useState<string>();
  const messages = typingError ? [typingError] : problems;
  const commit = (next: CellValue) => {
    setTypingError(undefined);
    onCommit(next);
  };
  const control =
    field.type === 'yesno' ? (
      <YesNoInput field={field} value={value} onCommit={commit} />
    ) : field.type === 'choice' ? (
      <ChoiceInput field={field} value={value} onCommit={commit} />
    ) : (
      <TypedInput field={field} value={value} onCommit={commit} onTyped={(reason) => setTypingError(reason && i18n.t(TYPING_PROBLEM[reason]))} />
    );
  return (
    <Field
      label={field.label}
      required={field.required}
      hint={fieldHint(field, i18n) || undefined}
      validationState={messages.length > 0 ? 'error' : 'none'}
      validationMessage={messages.length > 0 ? <span data-testid={fieldProblemTestId(field.id)}>{messages.join(' ')}</span> : undefined}
    >
      {control}
    </Field>
  );
}
