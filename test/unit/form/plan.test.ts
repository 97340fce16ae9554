import { allFields, setVersion } from '../../../src/criteria';
import { findBuiltinSet, BUILTIN_SETS } from '../../../src/sets';
import type { CriteriaSet } from '../../../src/criteria/model';
import { buildFormPlan, COL, FORM_TEXT, HEADER_LABELS, officialDate, parseKey } from '../../../src/form';
import type { CellPlan, SheetPlan, ValidationPlan, WorkbookPlan } from '../../../src/plan/model';
import { a1 } from '../../../src/plan/address';
import { bandFormula, scoreCellFormula, provisionalBestFormula, type FormulaContext } from '../../../src/scoring';

function xa(): CriteriaSet {
  const set = findBuiltinSet('phutho-2018-xa');
  if (!set) throw new Error('phutho-2018-xa missing');
  return set;
}

function sheetOf(plan: WorkbookPlan): SheetPlan {
  expect(plan.sheets).toHaveLength(1);
  return plan.sheets[0];
}

function cellAt(sheet: SheetPlan, row: number, col: number): CellPlan | undefined {
  return sheet.cells.filter((c) => c.row === row && c.col === col).pop();
}

/** Every text the sheet shows: values, and the planned results of formula cells. */
function texts(sheet: SheetPlan): string[] {
  return sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
}

function validationAt(sheet: SheetPlan, row: number, col: number): ValidationPlan | undefined {
  return sheet.validations.find((v) => row >= v.range.row && row < v.range.row + v.range.rows && col >= v.range.col && col < v.range.col + v.range.cols);
}

describe('the Phụ lục sheet plan', () => {
  const set = xa();
  const { plan, map } = buildFormPlan(set);
  const sheet = sheetOf(plan);

  test('header block: Quốc hiệu, Tiêu ngữ, issuing unit, title, legal basis, data period and deadline, all NFC', () => {
    const all = texts(sheet);
    for (const t of all) expect(t).toBe(t.normalize('NFC'));
    expect(all).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'TÊN CƠ QUAN, ĐƠN VỊ',
        'Số: …/BC-…',
        '……, ngày … tháng … năm …',
        'Phụ lục II',
        'BÁO CÁO TỰ ĐÁNH GIÁ',
        set.title,
        '(Kèm theo Quyết định số 1609/QĐ-UBND ngày 05/7/2018 của UBND tỉnh Phú Thọ)',
        'Số liệu tính từ ngày 01/9/2017 đến ngày 30/9/2018',
        'I. THÔNG TIN CHUNG',
        'II. KẾT QUẢ TỰ ĐÁNH GIÁ',
        'TỔNG ĐIỂM',
        'Xếp loại',
        'NGƯỜI LẬP PHIẾU',
        'THỦ TRƯỞNG CƠ QUAN',
        '(Ký tên, đóng dấu)',
      ]),
    );
    expect(all.some((t) => t.includes('trước ngày 03/10/2018') && t.includes(set.sendTo as string))).toBe(true);
    const nation = sheet.cells.find((c) => c.value === FORM_TEXT.nation);
    const motto = sheet.cells.find((c) => c.value === FORM_TEXT.motto);
    expect(plan.styles[nation?.style as string].font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(plan.styles[motto?.style as string].font).toMatchObject({ bold: true, underline: true });
    const dateLine = sheet.cells.find((c) => c.value === FORM_TEXT.placeDate);
    expect(plan.styles[dateLine?.style as string].font?.italic).toBe(true);
    // Quốc hiệu on the right, issuing unit on the left, same rows
    expect(nation?.col).toBeGreaterThan(sheet.cells.find((c) => c.value === FORM_TEXT.unit)?.col as number);
  });

  test('the identity marker sits in the hidden key column of the first row', () => {
    const marker = cellAt(sheet, 0, COL.key);
    expect(marker?.value).toBe(`#egov|form=${set.id};v=${setVersion(set)};app=egov-scorecard`);
    expect(sheet.columns[COL.key].hidden).toBe(true);
    expect(sheet.columns[COL.helper].hidden).toBe(true);
    for (let c = 0; c <= COL.note; c++) expect(sheet.columns[c].hidden).toBeFalsy();
  });

  test('the table header row carries the labels A..I and its key', () => {
    const headerRow = sheet.cells.find((c) => c.col === COL.key && c.value === '#egov|header')?.row as number;
    expect(HEADER_LABELS.map((_, col) => cellAt(sheet, headerRow, col)?.value)).toEqual([...HEADER_LABELS]);
    expect(plan.styles[cellAt(sheet, headerRow, 0)?.style as string]).toMatchObject({ font: { bold: true }, hAlign: 'center', border: true });
    expect(sheet.print?.repeatRows).toEqual({ first: headerRow, last: headerRow });
  });

  test('every field has an unlocked input cell without a fill of its own, and data validation (free text excepted)', () => {
    for (const field of allFields(set)) {
      const at = map.valueCell[field.id];
      expect(at).toBeDefined();
      expect(at.col).toBe(COL.value);
      const style = plan.styles[cellAt(sheet, at.row, at.col)?.style as string];
      expect(style.locked).toBe(false);
      expect(style.fill).toBeUndefined();
      const v = validationAt(sheet, at.row, at.col);
      if (field.type === 'text') expect(v).toBeUndefined();
      else expect(v).toBeDefined();
      if (field.type === 'yesno') expect(v).toMatchObject({ kind: 'list', items: ['Có', 'Không'] });
      if (field.type === 'percent') expect(v).toMatchObject({ kind: 'decimal', min: 0, max: 1, message: expect.stringContaining('Nhập tỉ lệ phần trăm, ví dụ 85%') });
      if (field.type === 'integer' || field.type === 'count') expect(v).toMatchObject({ kind: 'whole', min: field.min ?? 0 });
      if (field.type === 'choice') expect(v).toMatchObject({ kind: 'list', items: field.choices?.map((c) => c.label) });
      if (field.type === 'percent') expect(style.numberFormat).toMatch(/%$/);
      if (field.type === 'integer') expect(style.numberFormat).toBe('0');
    }
  });

  test('only input, evidence, note and header placeholder cells are unlocked; the sheet is protected', () => {
    expect(sheet.protect).toBe(true);
    const editable = new Set<string>();
    for (const p of [...Object.values(map.valueCell), ...Object.values(map.evidenceCell), ...Object.values(map.noteCell)]) editable.add(`${p.row},${p.col}`);
    const placeholders = new Set<unknown>([FORM_TEXT.superior, FORM_TEXT.unit, FORM_TEXT.docNumber, FORM_TEXT.placeDate]);
    for (const c of sheet.cells.filter((x) => placeholders.has(x.value))) {
      const merge = sheet.merges.find((m) => m.row === c.row && m.col === c.col);
      for (let col = c.col; col < c.col + (merge?.cols ?? 1); col++) editable.add(`${c.row},${col}`);
    }
    for (const c of sheet.cells) {
      if (plan.styles[c.style as string]?.locked !== false) continue;
      const mergedInput = Object.values(map.valueCell).some((p) => p.row === c.row && c.col > p.col && c.col <= COL.note);
      expect(editable.has(`${c.row},${c.col}`) || mergedInput).toBe(true);
    }
  });

  test('every criterion has its score formula; sections, total and band theirs, each with its key', () => {
    const ctx: FormulaContext = {
      fieldRef: (id) => a1(map.valueCell[id].row, map.valueCell[id].col),
      cohortBestRef: (id) => a1(map.cohortBestCell[id].row, map.cohortBestCell[id].col),
    };
    for (const section of set.sections) {
      const sec = map.sectionCell[section.code];
      expect(cellAt(sheet, sec.row, COL.key)?.value).toBe(`#egov|sec=${section.code}`);
      expect(cellAt(sheet, sec.row, COL.score)?.formula).toMatch(/^ROUND\(MIN\(/);
      for (const c of section.criteria) {
        const at = map.scoreCell[c.code];
        expect(cellAt(sheet, at.row, COL.score)?.formula).toBe(scoreCellFormula(set, c, ctx));
        const key = parseKey(cellAt(sheet, at.row, COL.key)?.value);
        expect(key?.crit).toBe(c.code);
        if (c.fields.length === 1) expect(key?.field).toBe(c.fields[0].id);
        else {
          expect(cellAt(sheet, at.row, COL.value)?.value).toBeUndefined();
          for (const f of c.fields) {
            const row = map.valueCell[f.id].row;
            expect(cellAt(sheet, row, COL.key)?.value).toBe(`#egov|field=${f.id};of=${c.code}`);
            expect(String(cellAt(sheet, row, COL.name)?.value)).toMatch(/^- /);
          }
        }
        expect(map.criterionRows[c.code].first).toBe(at.row);
      }
    }
    expect(cellAt(sheet, map.totalCell.row, COL.key)?.value).toBe('#egov|total');
    expect(cellAt(sheet, map.totalCell.row, COL.score)?.formula).toMatch(/^ROUND\(SUM\(/);
    expect(cellAt(sheet, map.bandCell.row, COL.key)?.value).toBe('#egov|band');
    expect(cellAt(sheet, map.bandCell.row, COL.score)?.formula).toBe(bandFormula(a1(map.totalCell.row, COL.score), set.bands));
    for (const f of set.generalFields) expect(cellAt(sheet, map.valueCell[f.id].row, COL.key)?.value).toBe(`#egov|field=${f.id}`);
  });

  test('score cells show the set precision; a 2-decimal set shows 0.00', () => {
    const at = map.scoreCell[set.sections[0].criteria[0].code];
    expect(plan.styles[cellAt(sheet, at.row, at.col)?.style as string].numberFormat).toBe('0.0');
    const so2016 = findBuiltinSet('phutho-2016-so') as CriteriaSet;
    const other = buildFormPlan(so2016);
    const at2 = other.map.scoreCell[so2016.sections[0].criteria[0].code];
    expect(other.plan.styles[cellAt(other.plan.sheets[0], at2.row, at2.col)?.style as string].numberFormat).toBe('0.00');
  });

  test('cohort criteria keep their best value in the hidden helper column: provisional formula, the given number, or a live reference', () => {
    const fields = Object.keys(map.cohortBestCell);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      const at = map.cohortBestCell[field];
      expect(at.col).toBe(COL.helper);
      expect(cellAt(sheet, at.row, at.col)?.formula).toBe(provisionalBestFormula(a1(map.valueCell[field].row, COL.value), 0.3));
    }
    const fixed = buildFormPlan(set, { cohortBest: { [fields[0]]: 12.5 } });
    const at = fixed.map.cohortBestCell[fields[0]];
    expect(cellAt(fixed.plan.sheets[0], at.row, at.col)).toMatchObject({ value: 12.5 });
    expect(cellAt(fixed.plan.sheets[0], at.row, at.col)?.formula).toBeUndefined();
    const live = buildFormPlan(set, { cohortBest: { [fields[0]]: 12.5 }, cohortBestRef: { [fields[0]]: "'Tổng hợp xa'!$L$5" } });
    expect(cellAt(live.plan.sheets[0], at.row, at.col)).toMatchObject({ formula: "'Tổng hợp xa'!$L$5" });
  });

  test('print: A4 landscape, Nghị định 30 margins, one page wide, columns A..I, page numbers', () => {
    expect(sheet.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      pageNumbers: true,
    });
    const area = sheet.print?.area;
    expect(area).toMatchObject({ row: 0, col: 0, cols: 9 });
    const lastRow = Math.max(...sheet.cells.map((c) => c.row));
    expect((area?.row ?? 0) + (area?.rows ?? 0)).toBeGreaterThan(lastRow);
    expect(sheet.freezeRows ?? 0).toBe(0);
  });

  test('pre-filled text stays a value, even when it starts with "="', () => {
    const filled = buildFormPlan(set, {
      inputs: { ten_don_vi: '=HYPERLINK("http://x")', tong_so_cbccvc: 20, co_mang_lan: 'Có' },
      evidence: { '1.3': '+Quyết định 12' },
      notes: { '1.1': '@ghi chú' },
    });
    const s = filled.plan.sheets[0];
    const name = filled.map.valueCell.ten_don_vi;
    expect(cellAt(s, name.row, name.col)).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(cellAt(s, name.row, name.col)?.formula).toBeUndefined();
    const ev = filled.map.evidenceCell['1.3'];
    expect(cellAt(s, ev.row, ev.col)).toMatchObject({ value: '+Quyết định 12' });
    const staff = filled.map.valueCell.tong_so_cbccvc;
    expect(cellAt(s, staff.row, staff.col)?.value).toBe(20);
  });

  test('a set without bands keeps the band key but no band content', () => {
    const noBands = { ...set, bands: [] };
    const built = buildFormPlan(noBands);
    const s = built.plan.sheets[0];
    const row = built.map.bandCell.row;
    expect(cellAt(s, row, COL.key)?.value).toBe('#egov|band');
    expect(s.cells.filter((c) => c.row === row && c.col !== COL.key)).toHaveLength(0);
  });

  test('every built-in set builds with distinct cells for every field and score', () => {
    for (const s of BUILTIN_SETS) {
      const built = buildFormPlan(s);
      const positions = [...Object.values(built.map.valueCell), ...Object.values(built.map.scoreCell)].map((p) => `${p.row},${p.col}`);
      expect(new Set(positions).size).toBe(positions.length);
      expect(built.plan.sheets[0].name).toBe(s.formName);
    }
  });
});

describe('official dates (Nghị định 30/2020)', () => {
  test('days below 10 and months 1, 2 take a leading zero', () => {
    expect(officialDate('2018-07-05')).toBe('05/7/2018');
    expect(officialDate('2019-01-15')).toBe('15/01/2019');
    expect(officialDate('2018-10-03')).toBe('03/10/2018');
    expect(officialDate('2017-09-01')).toBe('01/9/2017');
  });
});
