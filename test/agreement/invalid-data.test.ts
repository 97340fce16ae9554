// Issue 9 as a user met it: 25 staff with a computer for 20 staff and 150 % of documents sent
// electronically. The form recalculated by LibreOffice holds 0 in both points cells, as the
// engine does; the same inputs made valid score as before.
import { formWorkbookBytes } from '../../src/cli/form-file';
import type { Inputs } from '../../src/criteria/model';
import { readForm } from '../../src/form';
import { scoreSet } from '../../src/scoring';
import { findBuiltinSet } from '../../src/sets';
import { readWorkbook } from '../../src/xlsx';
import { recalcWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(10 * 60_000);

const set = findBuiltinSet('phutho-2018-xa')!;
const invalid: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 };
const valid: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 15, ty_le_van_ban_dien_tu: 0.95 };
const text: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 'khoảng 15', ty_le_van_ban_dien_tu: 'Không' };

let sheets: Map<string, ReturnType<typeof readWorkbook>['sheets'][number]>;

beforeAll(async () => {
  const files = Object.entries({ invalid, valid, text }).map(([name, inputs]) => ({ name: `${name}.xlsx`, bytes: formWorkbookBytes(set, { inputs }) }));
  const out = await recalcWithLibreOffice(files);
  sheets = new Map([...out].map(([name, bytes]) => [name, readWorkbook(bytes).sheets[0]]));
});

function points(name: string): Record<string, unknown> {
  return readForm(sheets.get(name)!, set).cached.criteria;
}

test('invalid data scores 0 in LibreOffice as in the engine: 1.1 (25 > 20) and 2.3 (150 %)', () => {
  const engine = scoreSet(set, invalid);
  const byCode = new Map(engine.criteria.map((c) => [c.code, c]));
  expect([byCode.get('1.1')!.points, byCode.get('2.3')!.points]).toEqual([0, 0]);
  expect(byCode.get('1.1')!.voided?.code).toBe('invalid.partExceedsWhole');
  expect(byCode.get('2.3')!.voided?.code).toBe('invalid.aboveMaxPercent');
  const lo = points('invalid.xlsx');
  expect([lo['1.1'], lo['2.3']]).toEqual([0, 0]);
  for (const c of engine.criteria) expect({ code: c.code, points: lo[c.code] }).toEqual({ code: c.code, points: c.points });
});

test('text in a number cell scores 0 too, and the same inputs made valid score as before', () => {
  const lo = points('text.xlsx');
  expect([lo['1.1'], lo['2.3']]).toEqual([0, 0]);
  const fixed = points('valid.xlsx');
  expect([fixed['1.1'], fixed['2.3']]).toEqual([4.5, 6]);
  const engine = new Map(scoreSet(set, valid).criteria.map((c) => [c.code, c.points]));
  expect([engine.get('1.1'), engine.get('2.3')]).toEqual([4.5, 6]);
});
