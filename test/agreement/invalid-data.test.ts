// Issue 9 as a user met it: 25 staff with a computer for 20 staff and 150 % of documents sent
// electronically. The form recalculated by LibreOffice holds 0 in both points cells, as the
// engine does, and its "Kiểm tra số liệu" cells say why in the engine's words; the same inputs
// made valid — the file itself edited, as a unit without the add-in does — score as before and
// the reasons clear.
import { formWorkbookBytes } from '../../src/cli/form-file';
import type { Inputs } from '../../src/criteria/model';
import { readForm } from '../../src/form';
import { criterionVoidText, scoreSet } from '../../src/scoring';
import { editPart, FORM_SHEET } from '../support/xlsx-edit';
import { a1 } from '../../src/plan/address';
import { render } from '../../src/messages/texts';
import { findBuiltinSet } from '../../src/sets';
import { readWorkbook } from '../../src/xlsx';
import { recalcWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(10 * 60_000);

const set = findBuiltinSet('phutho-2018-xa')!;
const invalid: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 };
const valid: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 15, ty_le_van_ban_dien_tu: 0.95 };
const text: Inputs = { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 'khoảng 15', ty_le_van_ban_dien_tu: 'Không' };

let sheets: Map<string, ReturnType<typeof readWorkbook>['sheets'][number]>;

/** The file with the value cells of `values` typed over, as a unit edits a form without the add-in. */
function typedOver(bytes: Uint8Array, values: Inputs): Uint8Array {
  const map = readForm(readWorkbook(bytes).sheets[0], set).map;
  return editPart(bytes, FORM_SHEET, (xml) =>
    Object.entries(values).reduce((out, [id, value]) => {
      const ref = a1(map.valueCell[id].row, map.valueCell[id].col);
      const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>.*?</c>)`);
      expect(out).toMatch(cell);
      return out.replace(cell, (_, attrs: string) => `<c r="${ref}"${attrs.replace(/ t="[^"]*"/, '')}><v>${String(value)}</v></c>`);
    }, xml),
  );
}

beforeAll(async () => {
  const files = Object.entries({ invalid, valid, text }).map(([name, inputs]) => ({ name: `${name}.xlsx`, bytes: formWorkbookBytes(set, { inputs }) }));
  const out = await recalcWithLibreOffice(files);
  // The recalculated invalid form, corrected in the file and recalculated again.
  const edited = await recalcWithLibreOffice([{ name: 'edited.xlsx', bytes: typedOver(out.get('invalid.xlsx')!, { so_cbccvc_co_may_tinh: 15, ty_le_van_ban_dien_tu: 0.95 }) }]);
  sheets = new Map([...out, ...edited].map(([name, bytes]) => [name, readWorkbook(bytes).sheets[0]]));
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

function checks(name: string): Record<string, unknown> {
  const form = readForm(sheets.get(name)!, set);
  expect(Object.keys(form.map.checkCell).length).toBeGreaterThan(10);
  return Object.fromEntries(Object.entries(form.cached.checks).map(([code, v]) => [code, v ?? '']));
}

test('beside the points, "Kiểm tra số liệu" says why in LibreOffice, in the engine’s words: 1.1 25 > 20, 2.3 150% > 100%', () => {
  const lo = checks('invalid.xlsx');
  expect([lo['1.1'], lo['2.3']]).toEqual(['0 điểm — số liệu không hợp lệ: 25 > 20', '0 điểm — số liệu không hợp lệ: 150% > 100%']);
  for (const [code, shown] of Object.entries(lo)) expect({ code, shown }).toEqual({ code, shown: criterionVoidText(set, code, invalid) });
  // The engine's message (score, the pane) opens with the same words and names the same values.
  const engine = new Map(scoreSet(set, invalid).criteria.map((c) => [c.code, c.voided && render('vi', c.voided)]));
  expect(engine.get('1.1')).toMatch(/^0 điểm — số liệu không hợp lệ: .*\(25\).*\(20\)/);
  expect(engine.get('2.3')).toMatch(/^0 điểm — số liệu không hợp lệ: .*150%.*100%/);
  const textual = checks('text.xlsx');
  expect(textual['1.1']).toBe('0 điểm — số liệu không hợp lệ: “khoảng 15” không phải là số');
  for (const [code, shown] of Object.entries(textual)) expect({ code, shown }).toEqual({ code, shown: criterionVoidText(set, code, text) });
});

test('the reasons clear once the unit corrects the values in the file, and the points come back', () => {
  const lo = checks('edited.xlsx');
  expect(Object.values(lo).filter((v) => v !== '')).toEqual([]);
  expect(Object.values(checks('valid.xlsx')).filter((v) => v !== '')).toEqual([]);
  const fixed = points('edited.xlsx');
  expect([fixed['1.1'], fixed['2.3']]).toEqual([4.5, 6]);
});
