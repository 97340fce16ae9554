// Issue 12 item 4: the form and the master work without the add-in from Excel 2010 on. Every
// form (each built-in set and the example set, blank, typed in and filled with cached results)
// and a master of units from every built-in set (summary, publish, appraisal, import log, unit
// sheets) is written as the CLI writes it, and every formula and feature in the files must be
// on the written allow-list docs/excel-2010.json (the same list docs/without-add-in.md shows).
// Planted violations prove the scan fails: a function Excel 2010 lacks, one that it has but
// the list does not, a validation or protection kind it does not know.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE_SET } from '../../../src/authoring';
import { formWorkbookBytes } from '../../../src/cli/form-file';
import { acceptUnlisted, dataVersionOf, emptyMaster, masterPlan, mergeSubmissions, readSubmission } from '../../../src/consolidate';
import { buildFormPlan } from '../../../src/form';
import { BUILTIN_SETS } from '../../../src/sets';
import { writeWorkbook } from '../../../src/xlsx';
import { randomForms } from '../../agreement/random-forms';
import { emptyScan, formulaShape, loadAllowList, scanXlsx } from '../../support/excel-2010';
import { filledFormBytes, fullEvidence, randomInputs, rng } from '../../support/submissions';
import { editPart, FORM_SHEET, rezip } from '../../support/xlsx-edit';

const allowed = loadAllowList();
const SETS = [...BUILTIN_SETS, EXAMPLE_SET];

/** Blank, typed in (random fills with evidence and notes), and filled with the engine's cached results. */
function formFiles(): { name: string; bytes: Uint8Array }[] {
  return SETS.flatMap((set, i) => [
    { name: `${set.id}-blank.xlsx`, bytes: formWorkbookBytes(set) },
    ...randomForms(set, 2010 + i, 3, set.id).files,
    { name: `${set.id}-cached.xlsx`, bytes: filledFormBytes(set, randomInputs(set, `Đơn vị ${set.id}`, rng(i)), { evidence: fullEvidence(set) }) },
  ]);
}

/** A master of three units of every built-in set, accepted into the roster (ranked), with appraisals. */
function masterBytes(): Uint8Array {
  const random = rng(2010);
  const results = BUILTIN_SETS.flatMap((set) =>
    [1, 2, 3].map((i) => readSubmission({ name: `${set.id}-${i}.xlsx`, bytes: filledFormBytes(set, randomInputs(set, `${set.id} đơn vị ${i}`, random)) }, BUILTIN_SETS)),
  );
  const merged = acceptUnlisted(mergeSubmissions(emptyMaster(), results, '2025-10-05T08:00:00Z').state).state;
  const appraisals = merged.units.slice(0, 4).map((u) => ({ unitId: u.id, unitName: u.name, criterionCode: '1.1', points: 0, reason: 'Thiếu minh chứng', dataVersion: dataVersionOf(u.hash), stale: false }));
  return writeWorkbook(masterPlan({ ...merged, appraisals }, BUILTIN_SETS));
}

describe('forms and masters open and compute in Excel 2010', () => {
  const scan = emptyScan();
  const files = [...formFiles(), { name: 'master.xlsx', bytes: masterBytes() }];
  for (const f of files) scanXlsx(f.name, f.bytes, allowed, scan);

  test('every function and feature is on the Excel 2010 allow-list', () => {
    const functions = [...scan.functions].sort().map(([name, n]) => `${name} ${n}`);
    console.log(`Excel 2010 scan: ${scan.files} files, ${scan.formulas} formulas, ${scan.functions.size} functions (${functions.join(', ')}); features: ${[...scan.features.keys()].sort().join('; ')}`);
    expect(scan.violations.slice(0, 20)).toEqual([]);
    expect(scan.files).toBe(SETS.length * 5 + 1);
    expect(scan.features.get('sheet protection sheet')).toBeGreaterThanOrEqual(SETS.length * 5);
    for (const kind of ['list', 'whole', 'decimal']) expect(scan.features.get(`validation ${kind}`)).toBeGreaterThan(0);
  });

  test('the allow-list has no stale entry: every function on it is used', () => {
    expect(Object.keys(allowed.functions).filter((f) => !scan.functions.has(f))).toEqual([]);
  });

  test('docs/without-add-in.md lists exactly the allowed functions', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../../docs/without-add-in.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| `([A-Za-z_.]+)` \|/gm)].map((m) => m[1]);
    expect([...new Set(listed)].sort()).toEqual(Object.keys(allowed.functions).sort());
  });
});

describe('the scan fails on what Excel 2010 lacks', () => {
  const set = BUILTIN_SETS[0];
  /** The blank form with one more formula cell. */
  const planted = (formula: string) => {
    const { plan } = buildFormPlan(set);
    plan.sheets[0].cells.push({ row: 200, col: 1, formula });
    return scanXlsx('planted.xlsx', writeWorkbook(plan), allowed).violations;
  };

  test.each([
    ['XLOOKUP(E20,A1:A9,B1:B9)', '_xlfn.XLOOKUP'],
    ['IF(N(E20)>0,concat(E20,"x"),0)', '_xlfn.CONCAT'],
    ['ROUND(SUMPRODUCT(E20:E30),2)', 'SUMPRODUCT'],
    ['IFERROR(E20,0)', 'IFERROR'],
  ])('a planted %s is reported as %s', (formula, name) => {
    expect(planted(formula).join('\n')).toContain(`function ${name} is not on Excel 2010's allow-list`);
  });

  test('an Excel 2010 function on the list passes (stored as _xlfn.RANK.EQ)', () => {
    expect(planted('RANK.EQ(E20,E20:E30)')).toEqual([]);
  });

  test('function names inside text and quoted sheet names are not calls', () => {
    expect(formulaShape('IF(E1="XLOOKUP(A1)",\'CONCAT(x\'!A1,LEN(E1))').calls).toEqual(['IF', 'LEN']);
    expect(planted('IF(E20="=XLOOKUP(A1,B1)",1,0)')).toEqual([]);
  });

  test('nesting, length and argument limits are measured', () => {
    const nested = `${'MIN(1,'.repeat(65)}0${')'.repeat(65)}`;
    expect(formulaShape(nested)).toMatchObject({ depth: 65, maxArgs: 2 });
    expect(planted(nested).join('\n')).toContain('functions nested 65 deep');
  });

  test('a validation or protection kind Excel 2010 lacks, dynamic-array metadata and an unknown part are reported', () => {
    const bytes = formWorkbookBytes(set);
    const custom = editPart(bytes, FORM_SHEET, (xml) => xml.replace('type="whole"', 'type="custom"'));
    expect(scanXlsx('custom.xlsx', custom, allowed).violations.join('\n')).toContain('validation "custom" is not on');
    const hashed = editPart(bytes, FORM_SHEET, (xml) => xml.replace('<sheetProtection ', '<sheetProtection algorithmName="SHA-512" '));
    expect(scanXlsx('hashed.xlsx', hashed, allowed).violations.join('\n')).toContain('sheet protection "algorithmName" is not on');
    const dynamic = editPart(bytes, FORM_SHEET, (xml) => xml.replace(/<c r="([A-Z]+\d+)"/, '<c cm="1" r="$1"'));
    expect(scanXlsx('dynamic.xlsx', dynamic, allowed).violations.join('\n')).toContain('dynamic-array');
    const metadata = rezip(bytes, (files) => {
      files['xl/metadata.xml'] = new TextEncoder().encode('<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    });
    expect(scanXlsx('metadata.xlsx', metadata, allowed).violations).toEqual(["metadata.xlsx xl/metadata.xml: a package part not on Excel 2010's allow-list"]);
  });
});
