// A year picker: the years of the built-in criteria sets, newest first as given. Used where a
// unit chooses its form's year and where the consolidator chooses which year's forms to accept.

import { Dropdown, Option } from '@fluentui/react-components';

export interface YearDropdownProps {
  testId: string;
  years: readonly number[];
  year: number;
  disabled?: boolean;
  onYear: (year: number) => void;
}

export function YearDropdown({ testId, years, year, disabled, onYear }: YearDropdownProps) {
  return (
    <Dropdown data-testid={testId} value={String(year)} selectedOptions={[String(year)]} disabled={disabled} onOptionSelect={(_, d) => d.optionValue && onYear(Number(d.optionValue))}>
      {years.map((y) => (
        <Option key={y} value={String(y)}>
          {String(y)}
        </Option>
      ))}
    </Dropdown>
  );
}
