// Forms written before the official header's own fields (test/fixtures/before-header, written by
// commit 6aa91c1) stay readable in the pane and are accepted at consolidation: same set version,
// same inputs; the header fields they lack are simply absent.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_SETS, findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { readSubmission } from '../../../src/consolidate';
import { findFormIdentity, readForm, parseInputsJson } from '../../../src/form';
import { readWorkbook } from '../../../src/xlsx';

const DIR = join(__dirname, '..', '..', 'fixtures', 'before-header');
const xa = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
const so = findBuiltinSet('phutho-2018-so') as CriteriaSet;

function sheetOf(file: string) {
  return readWorkbook(new Uint8Array(readFileSync(join(DIR, file)))).sheets[0];
}

describe('forms written before the header fields', () => {
  it('read back with every value they hold, and without the fields they never had', () => {
    const form = readForm(sheetOf('xa-filled.xlsx'), xa);
    const expected = parseInputsJson(readFileSync(join(DIR, 'xa-inputs.json'), 'utf8'), xa);
    expect(form.inputs).toEqual(expected.inputs);
    expect(form.evidence).toEqual(expected.evidence);
    for (const id of ['co_quan_chu_quan', 'dia_danh', 'so_ky_hieu']) expect(form.map.valueCell[id]).toBeUndefined();
    const template = readForm(sheetOf('so-template.xlsx'), so);
    expect(template.inputs).toEqual({});
  });

  it('are accepted at consolidation as forms of the current set version', () => {
    const identity = findFormIdentity(sheetOf('xa-filled.xlsx'));
    expect(identity?.setId).toBe('phutho-2018-xa');
    const result = readSubmission({ name: 'xa-filled.xlsx', bytes: new Uint8Array(readFileSync(join(DIR, 'xa-filled.xlsx'))) }, BUILTIN_SETS);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.submission.unitName).toBe('UBND xã Thụy Vân');
      expect(result.submission.version).toBe(identity?.version);
    }
  });
});
