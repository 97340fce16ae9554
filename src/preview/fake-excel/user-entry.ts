// What Excel refuses when a user types: locked cells of a protected sheet, and values a "Stop"
// data validation rejects. (Validation never applies to values an add-in writes.)

import { parseEntry } from './entry';
import { fail } from './errors';
import type { SheetState } from './sheet-state';

function numberRuleAccepts(rule: Record<string, unknown>, n: number): boolean {
  const a = Number(rule.formula1);
  const b = Number(rule.formula2);
  switch (rule.operator) {
    case 'Between': return n >= a && n <= b;
    case 'NotBetween': return n < a || n > b;
    case 'EqualTo': return n === a;
    case 'NotEqualTo': return n !== a;
    case 'GreaterThan': return n > a;
    case 'LessThan': return n < a;
    case 'GreaterThanOrEqualTo': return n >= a;
    case 'LessThanOrEqualTo': return n <= a;
    default: return true;
  }
}

export function checkUserEntry(sheet: SheetState, row: number, col: number, typed: string | number | boolean | null): void {
  if (sheet.protection.protected && sheet.formatAt(row, col).locked) {
    fail('AccessDenied', `The cell you're trying to change is on a protected sheet (${sheet.name}).`);
  }
  const validation = sheet.validationAt(row, col);
  const entry = parseEntry(typed === null ? '' : typed);
  if (!validation || !entry) return;
  if (validation.errorAlert && validation.errorAlert.showAlert === false) return;
  const [kind] = Object.keys(validation.rule);
  const rule = validation.rule[kind] as Record<string, unknown>;
  let ok = true;
  if (kind === 'list') {
    ok = entry.kind === 'value' && String(rule.source).split(',').map((s) => s.trim()).includes(String(entry.value));
  } else if (kind === 'wholeNumber' || kind === 'decimal') {
    ok = entry.kind === 'value' && typeof entry.value === 'number' && (kind === 'decimal' || Number.isInteger(entry.value)) &&
      numberRuleAccepts(rule, entry.value);
  }
  if (!ok) {
    const message = (validation.errorAlert?.message as string | undefined) ?? 'This value doesn\'t match the data validation restrictions defined for this cell.';
    fail('InvalidArgument', message);
  }
}
