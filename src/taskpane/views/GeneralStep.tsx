// Guided entry's first step: the unit's general information, written into the form's cells.

import type { CellValue } from '../../plan/grid';
import type { Problem } from '../../scoring/types';
import { FieldInput } from '../components/field/FieldInput';
import { useI18n } from '../i18n/I18nProvider';
import type { LoadedForm } from '../logic/load-form';

export interface GeneralStepProps {
  form: LoadedForm;
  problems: Problem[];
  writeValue: (fieldId: string, value: CellValue) => void;
}

export function GeneralStep({ form, problems, writeValue }: GeneralStepProps) {
  const { render } = useI18n();
  return (
    <>
      {form.set.generalFields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={form.filled.inputs[field.id]}
          problems={problems.filter((p) => p.fieldId === field.id).map((p) => render(p.message))}
          onCommit={(value) => writeValue(field.id, value)}
        />
      ))}
    </>
  );
}
