import { blankDefinitionPlan, parseDefinition } from '../../../src/authoring';
import { EXAMPLE_SET } from '../../../src/authoring/example-set';
import { RULE_KINDS } from '../../../src/rules/registry';
import { allRules } from '../../../src/rules';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';
import { Definition, definitionOf } from './helpers';

describe('the blank authoring workbook', () => {
  const plan = blankDefinitionPlan();

  it('opens on the instructions and has every data sheet with a frozen header row', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['huong_dan', 'thong_tin', 'tieu_chi', 'truong', 'xep_loai', 'kiem_tra']);
    for (const sheet of plan.sheets.slice(1)) expect(sheet.freezeRows).toBe(1);
  });

  it('offers drop-down lists for row types, rule kinds, field types and có/không', () => {
    const lists = (name: string) => plan.sheets.find((s) => s.name === name)!.validations.map((v) => (v.kind === 'list' ? v.items : []));
    expect(lists('tieu_chi')).toEqual([['section', 'criterion', 'rule'], ['có', 'không'], [...RULE_KINDS], ['bonus', 'deduction']]);
    expect(lists('truong')).toEqual([['integer', 'decimal', 'percent', 'yesno', 'choice', 'count', 'text', 'date'], ['có', 'không']]);
    expect(lists('kiem_tra')).toEqual([['<=', '>=', '<', '>', '=']]);
  });

  it('holds a worked example that checks clean, uses every rule kind and survives an .xlsx round trip', () => {
    const { set, issues } = parseDefinition(readWorkbook(writeWorkbook(plan)));
    expect(issues).toEqual([]);
    expect(set).toEqual(EXAMPLE_SET);
    const kinds = new Set(set!.sections.flatMap((s) => s.criteria.flatMap((c) => allRules(c.rule).map((r) => r.kind))));
    expect([...kinds].sort()).toEqual([...RULE_KINDS].sort());
  });

  it('explains every rule kind in the instructions sheet', () => {
    const help = new Definition(plan).sheet('huong_dan');
    const firstColumn = help.rows.map((row) => row[0]);
    for (const kind of RULE_KINDS) expect(firstColumn).toContain(kind);
  });

  it('the example as grids parses to the example set', () => {
    expect(definitionOf().parse()).toEqual({ set: EXAMPLE_SET, issues: [] });
  });
});
