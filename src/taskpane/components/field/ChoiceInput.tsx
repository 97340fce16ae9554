// A choice field: a dropdown of the set's labels, written as soon as one is picked. A cell
// holding text that is not one of the labels still shows that text, so the problem is visible.

import { Dropdown, Option } from '@fluentui/react-components';
import type { InputField } from '../../../criteria/model';
import type { CellValue } from '../../../plan/grid';
import { useI18n } from '../../i18n/I18nProvider';
import { labelsOf, matchingLabel } from '../../logic/field-value';
import { fieldTestId, optionTestId } from '../../test-ids';

export interface ChoiceInputProps {
  field: InputField;
  value: CellValue | undefined;
  onCommit: (value: CellValue) => void;
}

export function ChoiceInput({ field, value, onCommit }: ChoiceInputProps) {
  const { t } = useI18n();
  const labels = labelsOf(field);
  const chosen = matchingLabel(value, labels);
  const shown = chosen ?? (value === null || value === undefined ? '' : String(value));
  return (
    <Dropdown
      data-testid={fieldTestId(field.id)}
      placeholder={t('pane.entry.choosePlaceholder')}
      value={shown}
      selectedOptions={chosen ? [chosen] : []}
      onOptionSelect={(_, data) => {
        if (data.optionValue && data.optionValue !== chosen) onCommit(data.optionValue);
      }}
    >
      {labels.map((label) => (
        <Option key={label} value={label} data-testid={optionTestId(field.id, label)}>
          {label}
        </Option>
      ))}
    </Dropdown>
  );
}
