// Reading a definition workbook into a criteria set: each sheet is read into plain objects
// (format problems reported at their cells, every value's cell remembered by its set path),
// then the set goes through the criteria validator, whose issues are placed at their cells.

import type { CriteriaSet } from '../criteria/model';
import { validateSet } from '../sets/validate';
import { suggest } from '../util/suggest';
import { a1 } from '../plan/address';
import type { Grid } from '../plan/grid';
import { BAND_COLUMNS, CHECK_COLUMNS, CRITERIA_COLUMNS, DATA_SHEETS, FIELD_COLUMNS, INFO_COLUMNS, REQUIRED_SHEETS, SHEETS, type ColumnSpec } from './format';
import { msg, type Message } from '../messages';
import { AuthoringIssues, type AuthoringIssue } from './issues';
import { readCriteriaSheet } from './parse-criteria';
import { readFieldsSheet } from './parse-fields';
import { readInfoSheet } from './parse-info';
import { readBandsSheet, readChecksSheet } from './parse-tables';
import { PathMap } from './path-map';
import { SheetReader } from './reader';
import { readTable } from './table';

/** The sheets of a workbook: a read .xlsx (WorkbookData), or grids read through the pane's port. */
export type DefinitionSource = { readonly sheets: readonly Grid[] } | readonly Grid[];

export interface DefinitionResult {
  /** The set, when the workbook has no error (warnings allowed). */
  set?: CriteriaSet;
  /** Every problem, at its cell, in sheet order then row then column. */
  issues: AuthoringIssue[];
}

const COLUMNS: Record<string, readonly ColumnSpec[]> = {
  [SHEETS.info]: INFO_COLUMNS,
  [SHEETS.criteria]: CRITERIA_COLUMNS,
  [SHEETS.fields]: FIELD_COLUMNS,
  [SHEETS.bands]: BAND_COLUMNS,
  [SHEETS.checks]: CHECK_COLUMNS,
};

/** NFC, trimmed, lower case: how sheet names are compared. */
export function sheetKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/** The grids of `source` by the definition sheet they are ('thong_tin', …). */
export function definitionSheets(source: DefinitionSource): Map<string, Grid> {
  const grids = 'sheets' in source ? source.sheets : (source as readonly Grid[]);
  const found = new Map<string, Grid>();
  for (const grid of grids) {
    const key = sheetKey(grid.name);
    if ((DATA_SHEETS as readonly string[]).includes(key) && !found.has(key)) found.set(key, grid);
  }
  return found;
}

/** True when the sheet names look like a definition workbook (it has thong_tin and tieu_chi). */
export function isDefinitionWorkbook(sheetNames: readonly string[]): boolean {
  const keys = sheetNames.map(sheetKey);
  return keys.includes(SHEETS.info) && keys.includes(SHEETS.criteria);
}

export function parseDefinition(source: DefinitionSource): DefinitionResult {
  const issues = new AuthoringIssues();
  const grids = definitionSheets(source);
  const names = ('sheets' in source ? source.sheets : (source as readonly Grid[])).map((grid) => grid.name);
  const firstSheet = names[0] ?? SHEETS.info;
  const paths = new PathMap({ sheet: grids.get(SHEETS.info)?.name ?? firstSheet, row: 0, col: 0 });
  reportSheets(names, grids, issues);
  const reader = (name: string): SheetReader | undefined => {
    const grid = grids.get(name);
    if (!grid) return undefined;
    const table = readTable(grid, COLUMNS[name], issues);
    paths.set(sheetRoot(name), { sheet: grid.name, row: 0, col: 0 });
    return new SheetReader(table, COLUMNS[name], issues, paths);
  };
  const info = reader(SHEETS.info);
  const criteriaReader = reader(SHEETS.criteria);
  const fieldsReader = reader(SHEETS.fields);
  const bandsReader = reader(SHEETS.bands);
  const checksReader = reader(SHEETS.checks);
  if (!info || !criteriaReader || !fieldsReader) return { issues: sortIssues(issues.items, names) };

  const draft = readInfoSheet(info);
  const criteria = readCriteriaSheet(criteriaReader);
  draft.sections = criteria.sections;
  draft.generalFields = readFieldsSheet(fieldsReader, criteria.criteria);
  draft.bands = bandsReader ? readBandsSheet(bandsReader) : [];
  draft.checks = checksReader ? readChecksSheet(checksReader) : [];

  const formatErrors = issues.items.some((issue) => issue.severity === 'error');
  const validated = validateSet(draft);
  for (const issue of validated.issues) {
    const at = paths.resolve(issue.path);
    if (issues.hasErrorAt(at)) continue; // the cell's own format problem says it better
    const text = { ...issue.text, params: paramsWithCells(issue.text.params, paths) } as Message;
    issues.add(at, { code: issue.code, severity: issue.severity, text });
  }
  const set = formatErrors ? undefined : validated.set;
  return set ? { set, issues: sortIssues(issues.items, names) } : { issues: sortIssues(issues.items, names) };
}

const SET_PATH = /\b(?:sections|generalFields|bands|checks)\[\d+\](?:\.[A-Za-z]+|\[\d+\])*/g;

/** "already used at sections[0].criteria[0].code" -> "already used at tieu_chi!B3". */
function cellsForPaths(text: string, paths: PathMap): string {
  return text.replace(SET_PATH, (path) => {
    const at = paths.resolve(path);
    return `${at.sheet}!${a1(at.row, at.col)}`;
  });
}

/** A message's text parameters with set paths replaced by cells, as cellsForPaths does. */
function paramsWithCells(params: object, paths: PathMap): object {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === 'string' ? cellsForPaths(value, paths) : value;
  return out;
}

/** The set path whose problems have no better place than the sheet's first cell. */
function sheetRoot(name: string): string {
  switch (name) {
    case SHEETS.criteria:
      return 'sections';
    case SHEETS.fields:
      return 'generalFields';
    case SHEETS.bands:
      return 'bands';
    case SHEETS.checks:
      return 'checks';
    default:
      return '';
  }
}

function reportSheets(names: string[], grids: Map<string, Grid>, issues: AuthoringIssues): void {
  const known = [...DATA_SHEETS, SHEETS.help];
  const unknown = names.filter((name) => !known.includes(sheetKey(name)));
  for (const name of unknown) {
    const guess = suggest(sheetKey(name), known.filter((k) => !grids.has(k)));
    if (!guess) continue; // other sheets (a form made from the set, notes) are left alone
    issues.report('warning', { sheet: name, row: 0, col: 0 }, msg('authoring.unknownSheet', { sheet: name, guess }));
  }
  for (const required of REQUIRED_SHEETS) {
    if (grids.has(required)) continue;
    const typo = unknown.find((name) => suggest(sheetKey(name), [required]) === required);
    issues.report('error', { sheet: required, row: 0, col: 0 }, typo ? msg('authoring.missingSheet.typo', { sheet: required, typo }) : msg('authoring.missingSheet', { sheet: required }));
  }
}

function sortIssues(items: AuthoringIssue[], names: string[]): AuthoringIssue[] {
  const order = (sheet: string) => {
    const data = DATA_SHEETS.indexOf(sheetKey(sheet));
    return data >= 0 ? data : DATA_SHEETS.length + names.indexOf(sheet);
  };
  return items
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => order(a.issue.sheet) - order(b.issue.sheet) || a.issue.row - b.issue.row || a.issue.col - b.issue.col || a.index - b.index)
    .map(({ issue }) => issue);
}
