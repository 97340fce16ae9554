// A yes/no field: two radios that write "Có" or "Không" as soon as one is chosen.

import { Radio, RadioGroup } from '@fluentui/react-components';
import type { InputField } from '../../../criteria/model';
import type { CellValue } from '../../../plan/grid';
import { useI18n } from '../../i18n/I18nProvider';
import { matchingLabel, NO_LABEL, YES_LABEL } from '../../logic/field-value';
import { fieldTestId, optionTestId } from '../../test-ids';

export interface YesNoInputProps {
  field: InputField;
  value: CellValue | undefined;
  onCommit: (value: CellValue) => void;
}

export function YesNoInput({ field, value, onCommit }: YesNoInputProps) {
  const { t } = useI18n();
  const chosen = matchingLabel(value, [YES_LABEL, NO_LABEL]) ?? '';
  return (
    <RadioGroup
      data-testid={fieldTestId(field.id)}
      layout="horizontal"
      value={chosen}
      onChange={(_, data) => {
        if (data.value !== chosen) onCommit(data.value);
      }}
    >
      <Radio value={YES_LABEL} label={t('pane.entry.yes')} data-testid={optionTestId(field.id, YES_LABEL)} />
      <Radio value={NO_LABEL} label={t('pane.entry.no')} data-testid={optionTestId(field.id, NO_LABEL)} />
    </RadioGroup>
  );
}
