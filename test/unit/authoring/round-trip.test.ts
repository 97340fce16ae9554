import { parseDefinition, setToWorkbookPlan } from '../../../src/authoring';
import { BUILTIN_SETS } from '../../../src/sets/builtin';
import { setVersion } from '../../../src/criteria/version';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';

describe('built-in sets never drift from their definition workbooks', () => {
  it.each(BUILTIN_SETS.map((set) => [set.id, set] as const))('%s: export, write, read, parse gives the same set', (_id, set) => {
    const bytes = writeWorkbook(setToWorkbookPlan(set));
    const { set: parsed, issues } = parseDefinition(readWorkbook(bytes));
    expect(issues).toEqual([]);
    expect(parsed).toEqual(set);
    expect(setVersion(parsed!)).toBe(setVersion(set));
  });
});
