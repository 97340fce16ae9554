// The bad-input corpus: files a consolidator really receives (damaged, hostile, made from
// another set, edited by hand) and what the import must say about each. Generated in
// memory from the built-in sets, so the corpus follows the sets and the writer.

import { strFromU8, strToU8 } from 'fflate';
import { rezip } from './xlsx-edit';
import type { CriteriaSet } from '../../src/criteria/model';
import { findBuiltinSet } from '../../src/sets';
import type { FlagKind, RejectCode } from '../../src/consolidate';
import { shiftFormula } from '../../src/xlsx/formula';
import { writeWorkbook } from '../../src/xlsx/write';
import type { WorkbookPlan } from '../../src/plan/model';
import { COL } from '../../src/form/layout';
import { filledFormBytes, filledFormPlan, fullEvidence, inputsForTotal, type FillOptions } from './submissions';

export interface BadCase {
  kind: string;
  name: string;
  bytes: Uint8Array;
  /** The rejection expected, or acceptance (with a flag expected when given). */
  expect: { rejected: RejectCode } | { accepted: true; flag?: FlagKind; unit?: string };
}

export const xa = findBuiltinSet('phutho-2018-xa')!;
export const so = findBuiltinSet('phutho-2018-so')!;
export const huyen2016 = findBuiltinSet('phutho-2016-huyen')!;

const form = (name: string, edit?: FillOptions['edit'], inputs?: Record<string, unknown>, set: CriteriaSet = xa) =>
  filledFormBytes(set, { ...inputsForTotal(set, name, set.maxTotal - 7.5), ...(inputs as object) }, { evidence: fullEvidence(set), ...(edit ? { edit } : {}) });

function insertRowsAtTop(plan: WorkbookPlan, n: number): void {
  const sheet = plan.sheets[0];
  sheet.cells = sheet.cells.map((c) => ({ ...c, row: c.row + n, ...(c.formula ? { formula: shiftFormula(c.formula, n, 0) } : {}) }));
  sheet.merges = sheet.merges.map((m) => ({ ...m, row: m.row + n }));
  sheet.validations = sheet.validations.map((v) => ({ ...v, range: { ...v.range, row: v.range.row + n } }));
  delete sheet.print;
  delete sheet.rowHeights;
  sheet.cells.push({ row: 0, col: 0, value: 'Dòng chèn thêm ở đầu trang' });
}

/** A plan with a form sheet whose only content is the identity marker. */
function markerOnly(): Uint8Array {
  const { plan, map } = filledFormPlan(xa, {});
  const marker = plan.sheets[0].cells.find((c) => typeof c.value === 'string' && c.value.startsWith('#egov|form='))!;
  void map;
  plan.sheets[0].cells = [marker];
  plan.sheets[0].merges = [];
  plan.sheets[0].validations = [];
  return writeWorkbook(plan);
}

export function badCorpus(): BadCase[] {
  const good = form('Phường Tiên Cát');
  const otherVersion: CriteriaSet = { ...xa, title: `${xa.title} (bản sửa)` };
  const cases: BadCase[] = [
    { kind: 'truncated zip', name: 'cut.xlsx', bytes: good.slice(0, Math.floor(good.length / 2)), expect: { rejected: 'truncated' } },
    { kind: 'not a zip', name: 'notzip.xlsx', bytes: strToU8('Đây không phải tệp Excel'), expect: { rejected: 'notZip' } },
    { kind: '.csv renamed .xlsx', name: 'bang.xlsx', bytes: strToU8('STT,Tiêu chí,Điểm\n1,Hạ tầng,6\n'), expect: { rejected: 'notZip' } },
    { kind: 'empty file', name: 'empty.xlsx', bytes: new Uint8Array(0), expect: { rejected: 'empty' } },
    { kind: 'OLE2 / encrypted', name: 'old.xlsx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), expect: { rejected: 'encrypted' } },
    { kind: '.xlsm by name', name: 'macro.xlsm', bytes: good, expect: { rejected: 'macroEnabled' } },
    { kind: 'macro part inside', name: 'vba.xlsx', bytes: rezip(good, (f) => (f['xl/vbaProject.bin'] = new Uint8Array(64))), expect: { rejected: 'macroEnabled' } },
    {
      kind: 'zip bomb', name: 'bomb.xlsx',
      bytes: rezip(good, (f) => (f['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${' '.repeat(60_000_000)}</t></si></sst>`))),
      expect: { rejected: 'zipBomb' },
    },
    {
      kind: 'huge shared strings', name: 'strings.xlsx',
      bytes: rezip(good, (f) => (f['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>Phú Thọ</t></si>'.repeat(1_500_000)}</sst>`))),
      expect: { rejected: 'zipBomb' },
    },
    {
      kind: 'DOCTYPE', name: 'doctype.xlsx',
      bytes: rezip(good, (f) => (f['xl/workbook.xml'] = strToU8(strFromU8(f['xl/workbook.xml']).replace('?>', '?><!DOCTYPE lol [<!ENTITY a "a">]>')))),
      expect: { rejected: 'doctype' },
    },
    { kind: 'set unknown to the master', name: 'so.xlsx', bytes: form('Sở Y tế', undefined, {}, so), expect: { rejected: 'unknownSet' } },
    { kind: 'another version of the set', name: 'old-version.xlsx', bytes: form('Phường Dữu Lâu', undefined, {}, otherVersion), expect: { rejected: 'otherVersion' } },
    { kind: 'another group', name: 'huyen.xlsx', bytes: form('Huyện Đoan Hùng', undefined, {}, huyen2016), expect: { rejected: 'otherGroup' } },
    {
      kind: 'no form sheet', name: 'plain.xlsx',
      bytes: writeWorkbook({ sheets: [{ name: 'Sheet1', columns: [], cells: [{ row: 0, col: 0, value: 'Báo cáo' }], merges: [], validations: [], protect: false }], styles: {} }),
      expect: { rejected: 'notAForm' },
    },
    { kind: 'only the marker', name: 'marker.xlsx', bytes: markerOnly(), expect: { rejected: 'damagedForm' } },
    {
      kind: 'keys removed', name: 'keys.xlsx',
      bytes: form('Phường Vân Cơ', (plan) => (plan.sheets[0].cells = plan.sheets[0].cells.filter((c) => !(c.col === COL.key && String(c.value).startsWith('#egov|crit='))))),
      expect: { rejected: 'damagedForm' },
    },
    { kind: 'blank unit name', name: 'noname.xlsx', bytes: form('', undefined, { ten_don_vi: null }), expect: { rejected: 'noUnitName' } },
    { kind: 'rows inserted above the table', name: 'rows.xlsx', bytes: form('Phường Nông Trang', (plan) => insertRowsAtTop(plan, 3)), expect: { accepted: true, unit: 'Phường Nông Trang' } },
    { kind: 'text in a number cell', name: 'text.xlsx', bytes: form('Phường Tân Dân', undefined, { so_may_tinh: 'khoảng 20' }), expect: { accepted: true, flag: 'input' } },
    { kind: 'negative count', name: 'neg.xlsx', bytes: form('Phường Gia Cẩm', undefined, { so_phan_mem_chuyen_nganh: -3 }), expect: { accepted: true, flag: 'input' } },
    { kind: 'percentage over 100%', name: 'pct.xlsx', bytes: form('Phường Thọ Sơn', undefined, { ty_le_van_ban_dien_tu: 1.2 }), expect: { accepted: true, flag: 'input' } },
    {
      kind: 'formula typed over a score', name: 'typed.xlsx',
      bytes: form('Phường Thanh Miếu', (plan, map) => {
        const at = map.scoreCell['2.2'];
        const cell = plan.sheets[0].cells.find((c) => c.row === at.row && c.col === at.col)!;
        delete cell.formula;
        cell.value = 8;
      }, { muc_do_qlvb: 'Chưa sử dụng' }),
      expect: { accepted: true, flag: 'formulaOverwritten' },
    },
    { kind: 'NFD unit name', name: 'nfd.xlsx', bytes: form('Phường Bạch Hạc'.normalize('NFD')), expect: { accepted: true, unit: 'Phường Bạch Hạc' } },
    { kind: 'old tone placement and UBND prefix', name: 'ubnd.xlsx', bytes: form('UBND xã  Chu Hoá'), expect: { accepted: true, unit: 'Xã Chu Hóa' } },
    { kind: 'unknown unit', name: 'unknown.xlsx', bytes: form('Phường Không Có Thật'), expect: { accepted: true, flag: 'unknownUnit' } },
    { kind: 'unit name starting with "="', name: 'formula-name.xlsx', bytes: form('=HYPERLINK("http://x","Phường")'), expect: { accepted: true, flag: 'unknownUnit' } },
    { kind: 'evidence missing', name: 'noevidence.xlsx', bytes: filledFormBytes(xa, inputsForTotal(xa, 'Phường Bến Gót', 90)), expect: { accepted: true, flag: 'evidenceMissing' } },
  ];
  return cases;
}
