// A criteria set as a definition workbook: the same sheets the parser reads, with header
// styles, a frozen header row, column widths and drop-down lists where a cell takes one of
// a few words (row type, rule kind, field type, có/không, comparison operator).

import type { CriteriaSet, InputField, Rule } from '../criteria/model';
import { CHECK_OPS, FIELD_TYPES, ROLES } from '../sets/validation/structure';
import type { CellPlan, CellStyle, SheetPlan, ValidationPlan, WorkbookPlan } from '../plan/model';
import { NO_VOIDS } from './parse-tables';
import { BAND_COLUMNS, CHECK_COLUMNS, CRITERIA_COLUMNS, FIELD_COLUMNS, INFO_COLUMNS, INFO_KEYS, NO_TEXT, pickOneOf, ROW_TYPES, SHEETS, YES_TEXT, type ColumnSpec } from './format';
import { instructionsSheet } from './instructions';
import { RULE_KINDS } from '../rules/registry';
import { childRules } from '../rules/tree';
import { ruleCells, type RowCells } from './rule-cells';

/** Rows below the data that still get drop-down lists, for the author's new rows. */
const SPARE_ROWS = 300;

export const DEFINITION_STYLES: Record<string, CellStyle> = {
  header: { font: { bold: true, size: 11 }, fill: '#DDEBF7', border: true, vAlign: 'center', wrap: true },
  cell: { font: { size: 11 }, vAlign: 'top', wrap: true },
  text: { font: { size: 11 }, vAlign: 'top', wrap: true, numberFormat: '@' },
  section: { font: { size: 11, bold: true }, fill: '#F2F2F2', vAlign: 'top', wrap: true },
  sectionText: { font: { size: 11, bold: true }, fill: '#F2F2F2', vAlign: 'top', wrap: true, numberFormat: '@' },
  helpTitle: { font: { size: 14, bold: true }, vAlign: 'top' },
  helpHeading: { font: { size: 12, bold: true }, vAlign: 'top' },
  helpText: { font: { size: 11 }, vAlign: 'top', wrap: true },
  helpCode: { font: { size: 11, name: 'Consolas' }, vAlign: 'top', wrap: true },
};

type Row = Partial<Record<string, string | number | undefined>>;

const yesNo = (value: boolean): string => (value ? YES_TEXT : NO_TEXT);

/** The definition workbook of `set` (instructions last). */
export function setToWorkbookPlan(set: CriteriaSet): WorkbookPlan {
  return { sheets: [...dataSheets(set), instructionsSheet()], styles: DEFINITION_STYLES };
}

/** The five data sheets of `set`, in format order. */
export function dataSheets(set: CriteriaSet): SheetPlan[] {
  return [infoSheet(set), criteriaSheet(set), fieldsSheet(set), bandsSheet(set), checksSheet(set)];
}

function infoSheet(set: CriteriaSet): SheetPlan {
  const rows: Row[] = [];
  for (const info of INFO_KEYS) {
    const value = valueAtPath(set, info.path);
    const values = info.repeat ? (value as string[]) : [value as string | number | undefined];
    for (const item of values.length === 0 ? [undefined] : values) rows.push({ key: info.key, value: item, description: info.vi });
  }
  return tableSheet(SHEETS.info, INFO_COLUMNS, rows, []);
}

function criteriaSheet(set: CriteriaSet): SheetPlan {
  const rows: Row[] = [];
  const sectionRows = new Set<number>();
  for (const section of set.sections) {
    sectionRows.add(rows.length);
    rows.push({ type: 'section', code: section.code, name: section.name, max: section.max, role: section.role, cap: section.bonusMax });
    for (const criterion of section.criteria) {
      const notApplicable = criterion.notApplicable && (criterion.notApplicable.policy === 'fixed' ? criterion.notApplicable.points : criterion.notApplicable.policy);
      rows.push({ type: 'criterion', code: criterion.code, name: criterion.name, guidance: criterion.guidance, max: criterion.max, evidence: yesNo(criterion.evidenceRequired), role: criterion.role, not_applicable: notApplicable, ...ruleCells(criterion.rule) });
      pushSubRules(criterion.rule, 1, rows);
    }
  }
  const validations = [
    listOn(CRITERIA_COLUMNS, 'type', ROW_TYPES, rows.length),
    listOn(CRITERIA_COLUMNS, 'evidence', [YES_TEXT, NO_TEXT], rows.length),
    listOn(CRITERIA_COLUMNS, 'rule', RULE_KINDS, rows.length),
    listOn(CRITERIA_COLUMNS, 'role', ROLES, rows.length),
  ];
  return tableSheet(SHEETS.criteria, CRITERIA_COLUMNS, rows, validations, sectionRows);
}

function pushSubRules(rule: Rule, depth: number, rows: Row[]): void {
  for (const sub of childRules(rule)) {
    rows.push({ type: 'rule', depth, ...(ruleCells(sub) as RowCells) });
    pushSubRules(sub, depth + 1, rows);
  }
}

function fieldRow(field: InputField, criterion: string | undefined): Row {
  const { fromGroup, op, field: lower, values } = field.aggregate ?? {};
  const aggregate = field.aggregate && [fromGroup, op, lower, values?.join('; ')].filter((part) => part !== undefined).join(':');
  return {
    criterion,
    id: field.id,
    label: field.label,
    type: field.type,
    unit: field.unit,
    min: field.min,
    max: field.max,
    required: yesNo(field.required),
    choices: field.choices?.map((choice) => choice.label).join('; '),
    help: field.help,
    aggregate,
  };
}

function fieldsSheet(set: CriteriaSet): SheetPlan {
  const rows = set.generalFields.map((field) => fieldRow(field, undefined));
  for (const section of set.sections) {
    for (const criterion of section.criteria) rows.push(...criterion.fields.map((field) => fieldRow(field, criterion.code)));
  }
  const validations = [listOn(FIELD_COLUMNS, 'type', FIELD_TYPES, rows.length), listOn(FIELD_COLUMNS, 'required', [YES_TEXT, NO_TEXT], rows.length)];
  return tableSheet(SHEETS.fields, FIELD_COLUMNS, rows, validations);
}

function bandsSheet(set: CriteriaSet): SheetPlan {
  return tableSheet(SHEETS.bands, BAND_COLUMNS, set.bands.map((band) => ({ label: band.label, min: band.min })), []);
}

function checksSheet(set: CriteriaSet): SheetPlan {
  const rows = set.checks.map((check) => ({ left: check.left, op: check.op, right: check.right, message: check.message, voids: check.voids && (check.voids.length === 0 ? NO_VOIDS : check.voids.join('; ')) }));
  return tableSheet(SHEETS.checks, CHECK_COLUMNS, rows, [listOn(CHECK_COLUMNS, 'op', CHECK_OPS, rows.length)]);
}

/** A sheet with the column keys in row 1 (frozen) and one row per item. */
export function tableSheet(name: string, columns: readonly ColumnSpec[], rows: Row[], validations: ValidationPlan[], highlighted = new Set<number>()): SheetPlan {
  const cells: CellPlan[] = columns.map((column, col) => ({ row: 0, col, value: column.key, style: 'header' }));
  rows.forEach((row, r) => {
    const strong = highlighted.has(r);
    columns.forEach((column, col) => {
      const value = row[column.key];
      const style = column.text ? (strong ? 'sectionText' : 'text') : strong ? 'section' : 'cell';
      if (value !== undefined && value !== '') cells.push({ row: r + 1, col, value, style });
      else if (strong) cells.push({ row: r + 1, col, value: null, style });
    });
  });
  return { name, columns: columns.map((column) => ({ width: column.width })), cells, merges: [], validations, protect: false, freezeRows: 1 };
}

function listOn(columns: readonly ColumnSpec[], key: string, items: readonly string[], dataRows: number): ValidationPlan {
  const col = columns.findIndex((column) => column.key === key);
  return {
    kind: 'list',
    range: { row: 1, col, rows: dataRows + SPARE_ROWS, cols: 1 },
    items: [...items],
    title: key,
    message: pickOneOf(items),
  };
}

function valueAtPath(set: CriteriaSet, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], set);
}
