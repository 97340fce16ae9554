// Agreement for the example set that uses every rule kind (deduct, levels/level, subindex with a
// best-of-group item, bonus and deduction items and sections, maxBonus, "Không áp dụng" with
// rescale and with fixed points): the set is read from the blank definition workbook that
// `new-set` writes, exported as `export-set` does and read back as `check-set` does (the round
// trip must give the same set), then 200 random fills — N/A marked on about a quarter of the
// criteria that allow it — are recalculated by LibreOffice and every criterion, section, the
// total and the band must equal the engine's.
import { blankDefinitionPlan, EXAMPLE_SET, parseDefinition, setToWorkbookPlan } from '../../src/authoring';
import { notApplicableId } from '../../src/criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet } from '../../src/criteria/model';
import { findFormIdentity } from '../../src/form';
import { allRules } from '../../src/rules';
import { RULE_KINDS } from '../../src/rules/registry';
import { scoreSet } from '../../src/scoring';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { compareWithEngine, errorCells } from '../support/agreement';
import { recalcWithLibreOffice } from '../support/libreoffice';
import { randomForms } from './random-forms';

jest.setTimeout(10 * 60_000);
const FILLS = Number(process.env.AGREEMENT_FILLS ?? 200);

/** The set as check-set reads it from a definition workbook's bytes. */
function parsed(bytes: Uint8Array): CriteriaSet {
  const { set, issues } = parseDefinition(readWorkbook(bytes));
  expect(issues).toEqual([]);
  return set!;
}

test('the example set round-trips through new-set, export-set and check-set and uses every kind', () => {
  const fromBlank = parsed(writeWorkbook(blankDefinitionPlan()));
  expect(fromBlank).toEqual(EXAMPLE_SET);
  expect(parsed(writeWorkbook(setToWorkbookPlan(fromBlank)))).toEqual(EXAMPLE_SET);
  const kinds = new Set(EXAMPLE_SET.sections.flatMap((s) => s.criteria.flatMap((c) => allRules(c.rule).map((r) => r.kind))));
  expect([...kinds].sort()).toEqual([...RULE_KINDS].sort());
});

test('the example set: LibreOffice computes the same points as the engine for random fills with N/A', async () => {
  const set = parsed(writeWorkbook(setToWorkbookPlan(parsed(writeWorkbook(blankDefinitionPlan())))));
  const { cases, files } = randomForms(set, 20251202, FILLS, 'example');
  // batches of 100: one soffice call per batch stays well inside its time limit on a loaded machine
  const recalculated = new Map<string, Uint8Array>();
  for (let i = 0; i < files.length; i += 100) for (const [name, bytes] of await recalcWithLibreOffice(files.slice(i, i + 100), { timeoutMs: 10 * 60_000 })) recalculated.set(name, bytes);
  const mismatches: string[] = [];
  const errors: string[] = [];
  const seen = { notApplicable: 0, rescaled: 0, bonus: 0, deducted: 0, levelsTop: 0 };
  let compared = 0;
  for (const c of cases) {
    const form = readWorkbook(recalculated.get(c.name)!).sheets[0];
    expect(findFormIdentity(form)?.setId).toBe(set.id);
    errors.push(...errorCells(form).map((e) => `${c.name}: ${e}`));
    const result = compareWithEngine(set, form, c.inputs, c.evidence);
    mismatches.push(...result.mismatches.map((m) => `${c.name} ${m}`));
    compared += result.compared;
    const engine = scoreSet(set, c.inputs);
    if (set.sections.some((s) => s.criteria.some((k) => c.inputs[notApplicableId(k.code)] === NOT_APPLICABLE))) seen.notApplicable++;
    if (engine.applicableMax !== undefined && engine.applicableMax < set.maxTotal) seen.rescaled++;
    if (engine.sections.some((s) => s.code === 'V' && s.points > 0)) seen.bonus++;
    if (engine.sections.some((s) => s.code === 'VI' && s.points < 0)) seen.deducted++;
    if (engine.criteria.some((k) => k.code === '4.1' && k.points === 8)) seen.levelsTop++;
  }
  console.log(`Example-set agreement: ${FILLS} fills, ${compared} cells compared, ${mismatches.length} mismatches; fills with N/A ${seen.notApplicable}, rescaled ${seen.rescaled}, bonus ${seen.bonus}, total deductions ${seen.deducted}, top level ${seen.levelsTop}`);
  // the fills reach what they are meant to test
  for (const [what, n] of Object.entries(seen)) expect({ what, enough: n >= FILLS / 20 }).toEqual({ what, enough: true });
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(errors.slice(0, 20)).toEqual([]);
});
