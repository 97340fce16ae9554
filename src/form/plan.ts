// The official Phụ lục sheet of a criteria set as a plan: header block (issuing unit, Quốc
// hiệu, place and date, title, legal basis, data period), general information, the criteria
// table with live score formulas, total and band, signature block, print layout. Every
// keyed row carries its identity key in the hidden KEY column (see layout.ts).

import { criterionFields } from '../criteria/fields';
import type { CriteriaSet, Criterion, InputField, InputValue } from '../criteria/model';
import { rescalesForNotApplicable } from '../criteria/roles';
import { setVersion } from '../criteria/version';
import { a1 } from '../plan/address';
import { LocalizedError, msg } from '../messages';
import type { PrintPlan, WorkbookPlan } from '../plan/model';
import { roleOf } from '../criteria/roles';
import type { Section } from '../criteria/model';
import { bandFormula, canBeVoided, scoreCellFormula, type FormulaContext } from '../scoring';
import { sectionValueFormula, totalValueFormula } from '../scoring/totals';
import { writeApplicableMax } from './applicable-row';
import { emptyFormMap, type CellPos, type FormMap, type FormOptions } from './api';
import { cohortOwners, writeCohortBests } from './cohort-cells';
import { formGeneralFields } from './form-fields';
import { writeHeader, writeSignatures, writeUnitHeader } from './plan-frame';
import { writeCheck } from './check-cells';
import { blankInputFills } from './input-fills';
import { COL, formatKey, HEADER_LABELS } from './layout';
import { keepTogetherBreak } from './page-break';
import { SheetBuilder } from './sheet-builder';
import { formStyles, inputStyle } from './styles';
import { criterionGuidance, criterionNameText, fieldRowText, FORM_TEXT, labelWithUnit, sectionGuidance, totalGuidance } from './text';
import { fieldValidation } from './validation';

/** The application name written into every form's identity marker. */
export const APP_ID = 'egov-scorecard';

/**
 * Column widths (Excel characters) of A..K; J (keys) and K (cohort best values) are hidden. G (Kiểm
 * tra số liệu) took 6 of its 17 from H and I; the text columns B and C keep their width, so rows keep
 * their height and the table still prints one landscape page wide (fit to width, at 77 % instead of 82 %).
 */
export const FORM_COLUMNS: readonly { width: number; hidden?: boolean }[] = [
  { width: 6 }, // A STT
  { width: 40 }, // B Tiêu chí
  { width: 42 }, // C Cách tính điểm
  { width: 9 }, // D Điểm tối đa
  { width: 14 }, // E Số liệu
  { width: 11 }, // F Điểm tự đánh giá
  { width: 17 }, // G Kiểm tra số liệu
  { width: 22 }, // H Tài liệu kiểm chứng
  { width: 14 }, // I Ghi chú
  { width: 30, hidden: true }, // J keys
  { width: 12, hidden: true }, // K cohort best values
];

/** Margins of Nghị định 30/2020 (mm). */
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };
const LAST_VISIBLE_COL = COL.note;
const FULL_WIDTH = LAST_VISIBLE_COL + 1;

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A valid Excel sheet name from the set's form name ("Phụ lục I"). */
export function defaultSheetName(set: CriteriaSet): string {
  const name = set.formName.replace(INVALID_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  return (name || 'Phụ lục').slice(0, 31).trim();
}

/** Rows of the criteria table, decided before any cell is written (formulas refer forward). */
interface TableLayout {
  map: FormMap;
  /** Row of each section, criterion and field-under-criterion. */
  sectionRow: Map<string, number>;
  criterionRow: Map<string, number>;
  fieldRow: Map<string, number>;
  headerRow: number;
  generalRow: Map<string, number>;
  generalPartRow: number;
  resultPartRow: number;
}

/** The single field whose value sits on the criterion's own row, if any. */
function singleField(c: Criterion): InputField | undefined {
  const fields = criterionFields(c);
  return fields.length === 1 ? fields[0] : undefined;
}

function pos(row: number, col: number): CellPos {
  return { row, col };
}

function layoutRows(set: CriteriaSet, sheetName: string, firstRow: number): TableLayout {
  const map = emptyFormMap(sheetName, 0);
  const generalRow = new Map<string, number>();
  const sectionRow = new Map<string, number>();
  const criterionRow = new Map<string, number>();
  const fieldRow = new Map<string, number>();
  let row = firstRow;
  const generalPartRow = row++;
  for (const field of formGeneralFields(set)) {
    generalRow.set(field.id, row);
    map.valueCell[field.id] = pos(row++, COL.value);
  }
  row++; // a blank line between the blocks
  const resultPartRow = row++;
  const headerRow = row++;
  const owners = cohortOwners(set);
  for (const section of set.sections) {
    sectionRow.set(section.code, row);
    map.sectionCell[section.code] = pos(row++, COL.score);
    for (const c of section.criteria) {
      const first = row;
      criterionRow.set(c.code, row);
      map.scoreCell[c.code] = pos(row, COL.score);
      if (canBeVoided(set, c)) map.checkCell[c.code] = pos(row, COL.check);
      map.evidenceCell[c.code] = pos(row, COL.evidence);
      map.noteCell[c.code] = pos(row, COL.note);
      const single = singleField(c);
      if (single) map.valueCell[single.id] = pos(row, COL.value);
      row++;
      if (!single) {
        for (const field of criterionFields(c)) {
          fieldRow.set(field.id, row);
          map.valueCell[field.id] = pos(row++, COL.value);
        }
      }
      map.criterionRows[c.code] = { first, last: row - 1 };
    }
  }
  for (const [field, code] of owners) map.cohortBestCell[field] = pos(criterionRow.get(code) as number, COL.helper);
  if (rescalesForNotApplicable(set)) map.applicableCell = pos(row++, COL.max);
  map.totalCell = pos(row++, COL.score);
  map.bandCell = pos(row++, COL.score);
  return { map, sectionRow, criterionRow, fieldRow, headerRow, generalRow, generalPartRow, resultPartRow };
}

function formulaContext(map: FormMap): FormulaContext {
  const ref = (cells: Record<string, CellPos>, id: string, missing: 'build.unknownField' | 'build.unknownCohortField'): string => {
    const p = cells[id];
    if (!p) throw new LocalizedError(msg(missing, { field: id }));
    return a1(p.row, p.col);
  };
  return {
    fieldRef: (id) => ref(map.valueCell, id, 'build.unknownField'),
    cohortBestRef: (id) => ref(map.cohortBestCell, id, 'build.unknownCohortField'),
  };
}

function prefill(value: InputValue | undefined): { value?: InputValue } {
  return value === undefined || value === null ? {} : { value };
}

function putInput(b: SheetBuilder, field: InputField, at: CellPos, value: InputValue | undefined, cols = 1): void {
  b.put(at.row, at.col, prefill(value), inputStyle(field.type), cols);
  b.validate(fieldValidation(field, b.range(at.row, at.col)));
}

function writeGeneral(b: SheetBuilder, set: CriteriaSet, t: TableLayout, opts: FormOptions): void {
  b.put(t.generalPartRow, 0, { value: FORM_TEXT.generalPart }, 'part', FULL_WIDTH);
  for (const field of formGeneralFields(set)) {
    const row = t.generalRow.get(field.id) as number;
    b.put(row, 0, { value: labelWithUnit(field) }, 'generalLabel', COL.value);
    putInput(b, field, t.map.valueCell[field.id], opts.inputs?.[field.id], LAST_VISIBLE_COL - COL.value + 1);
    b.raw(row, COL.key, { value: formatKey({ field: field.id }) }, 'key');
  }
}

function writeTableHeader(b: SheetBuilder, t: TableLayout): void {
  b.put(t.resultPartRow, 0, { value: FORM_TEXT.resultPart }, 'part', FULL_WIDTH);
  HEADER_LABELS.forEach((label, col) => b.put(t.headerRow, col, { value: label }, 'header'));
  b.raw(t.headerRow, COL.key, { value: formatKey({ header: '' }) }, 'key');
}

function writeCriterion(b: SheetBuilder, set: CriteriaSet, section: Section, c: Criterion, t: TableLayout, ctx: FormulaContext, opts: FormOptions): void {
  const row = t.criterionRow.get(c.code) as number;
  const single = singleField(c);
  const role = roleOf(section, c);
  b.put(row, COL.stt, { value: c.code }, 'code');
  b.put(row, COL.name, { value: criterionNameText(c.name, single) }, 'text');
  b.put(row, COL.guidance, { value: criterionGuidance(set, section, c) }, 'guidance');
  b.put(row, COL.max, { value: role === 'deduction' ? -c.max : c.max }, 'max');
  if (single) putInput(b, single, t.map.valueCell[single.id], opts.inputs?.[single.id]);
  else b.put(row, COL.value, {}, 'empty');
  b.raw(row, COL.score, { formula: scoreCellFormula(set, c, ctx) }, 'score');
  writeCheck(b, set, c, row, t.map, ctx, opts);
  b.put(row, COL.evidence, prefill(opts.evidence?.[c.code]), 'entry');
  b.put(row, COL.note, prefill(opts.notes?.[c.code]), 'entry');
  b.raw(row, COL.key, { value: formatKey(single ? { crit: c.code, field: single.id } : { crit: c.code }) }, 'key');
  if (single) return;
  for (const field of criterionFields(c)) {
    const fieldRow = t.fieldRow.get(field.id) as number;
    for (const col of [COL.stt, COL.guidance, COL.max, COL.score, COL.check, COL.evidence, COL.note]) b.put(fieldRow, col, {}, 'empty');
    b.put(fieldRow, COL.name, { value: fieldRowText(field) }, 'fieldLabel');
    putInput(b, field, t.map.valueCell[field.id], opts.inputs?.[field.id]);
    b.raw(fieldRow, COL.key, { value: formatKey({ field: field.id, of: c.code }) }, 'key');
  }
}

function writeSections(b: SheetBuilder, set: CriteriaSet, t: TableLayout, ctx: FormulaContext, opts: FormOptions): void {
  for (const section of set.sections) {
    const row = t.sectionRow.get(section.code) as number;
    const scoreRefs = section.criteria.map((c) => a1(t.map.scoreCell[c.code].row, COL.score));
    b.put(row, COL.stt, { value: section.code }, 'sectionCode');
    b.put(row, COL.name, { value: section.name }, 'sectionText');
    for (const col of [COL.value, COL.check, COL.evidence, COL.note]) b.put(row, col, {}, 'sectionText');
    b.put(row, COL.guidance, { value: sectionGuidance(section) ?? null }, 'sectionText');
    b.put(row, COL.max, { value: section.role === 'deduction' ? -section.max : section.max }, 'sectionNumber');
    b.raw(row, COL.score, { formula: sectionValueFormula(section, scoreRefs, set.precision) }, 'sectionScore');
    b.raw(row, COL.key, { value: formatKey({ sec: section.code }) }, 'key');
    for (const c of section.criteria) writeCriterion(b, set, section, c, t, ctx, opts);
  }
}

function writeTotals(b: SheetBuilder, set: CriteriaSet, map: FormMap): void {
  const total = map.totalCell.row;
  const band = map.bandCell.row;
  const sectionRefs = set.sections.map((s) => a1(map.sectionCell[s.code].row, COL.score));
  for (const col of [COL.stt, COL.value, COL.check, COL.evidence, COL.note]) b.put(total, col, {}, 'totalLabel');
  b.put(total, COL.guidance, { value: totalGuidance(set) ?? null }, 'totalLabel');
  b.put(total, COL.name, { value: FORM_TEXT.total }, 'totalLabel');
  b.put(total, COL.max, { value: set.maxTotal }, 'totalNumber');
  const applicable = map.applicableCell && writeApplicableMax(b, set, map, map.applicableCell);
  b.raw(total, COL.score, { formula: totalValueFormula(set, sectionRefs, applicable, set.precision) }, 'totalScore');
  b.raw(total, COL.key, { value: formatKey({ total: '' }) }, 'key');
  b.raw(band, COL.key, { value: formatKey({ band: '' }) }, 'key');
  if (set.bands.length === 0) return;
  for (const col of [COL.stt, COL.guidance, COL.max, COL.value, COL.check, COL.evidence, COL.note]) b.put(band, col, {}, 'totalLabel');
  b.put(band, COL.name, { value: FORM_TEXT.band }, 'totalLabel');
  b.raw(band, COL.score, { formula: bandFormula(a1(total, COL.score), set.bands) }, 'bandValue');
}

/** The Phụ lục sheet of the set, and where every value, score and key sits on it. */
export function buildFormPlan(set: CriteriaSet, opts: FormOptions = {}): { plan: WorkbookPlan; map: FormMap } {
  const styles = formStyles(set.precision);
  const b = new SheetBuilder(FORM_COLUMNS, styles);
  const sheetName = opts.sheetName ?? defaultSheetName(set);
  b.raw(0, COL.key, { value: formatKey({ form: set.id, v: setVersion(set), app: APP_ID }) }, 'key');
  const tableStart = writeHeader(b, set);
  const t = layoutRows(set, sheetName, tableStart);
  const ctx = formulaContext(t.map);
  writeUnitHeader(b, set, t.map, opts.inputs);
  writeGeneral(b, set, t, opts);
  writeTableHeader(b, t);
  writeSections(b, set, t, ctx, opts);
  writeCohortBests(b, set, t.map, ctx, opts);
  writeTotals(b, set, t.map);
  const lastRow = writeSignatures(b, t.map, opts.inputs, t.map.bandCell.row + 2);
  const print: PrintPlan = {
    paper: 'A4',
    orientation: 'landscape',
    margins: MARGINS,
    fitToWidth: true,
    area: { row: 0, col: 0, rows: lastRow + 1, cols: FULL_WIDTH },
    repeatRows: { first: t.headerRow, last: t.headerRow },
    pageNumbers: true,
    blackAndWhite: true,
  };
  const sheet = b.sheet(sheetName, { protect: true, print, conditionalFills: blankInputFills(set, t.map) });
  const pageBreak = keepTogetherBreak(sheet, { first: t.map.bandCell.row + 2, last: lastRow }, t.map.totalCell.row);
  if (pageBreak !== undefined) sheet.print = { ...print, rowBreaks: [pageBreak] };
  return { plan: { sheets: [sheet], styles }, map: t.map };
}
