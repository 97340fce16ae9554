// Everything a user could notice in a stand-in workbook, as one plain value to compare: the tabs
// (order, visibility, colour), and per sheet its cells (content, formula, value, format, the
// validation that applies to each), merges, conditional formats, protection, frozen rows,
// column widths, row heights, print settings with the print area and titles, and charts.
// Validations and formats are compared per cell, not by how they were grouped when written.

import type { FakeExcel } from '../../src/preview/fake-excel';

const round = (n: number) => Math.round(n * 100) / 100;

function sheetSnapshot(fake: FakeExcel, name: string) {
  const state = fake.state.sheet(name);
  const view = fake.sheet(name);
  const keys = new Set([...state.content.keys(), ...state.formats.keys()]);
  for (const v of state.validations) for (let r = 0; r < v.rect.rows; r++) for (let c = 0; c < v.rect.cols; c++) keys.add(`${v.rect.row + r},${v.rect.col + c}`);
  const cells = [...keys]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([row, col]) => {
      const { display: _display, ...cell } = view.cell(row, col);
      const validation = state.validationAt(row, col);
      return { row, col, ...cell, validation: validation && { rule: validation.rule, errorAlert: validation.errorAlert ?? null, ignoreBlanks: validation.ignoreBlanks } };
    });
  const page = view.page;
  return {
    name,
    visibility: view.visibility,
    tabColor: view.tabColor,
    frozenRows: view.frozenRows,
    protection: { protected: view.protected, allowed: Object.keys(view.protectionOptions).filter((k) => view.protectionOptions[k] === true).sort() },
    merges: [...view.merges].sort(),
    conditionalFormats: view.conditionalFormats,
    columnWidths: Object.fromEntries([...state.columnWidths].sort((a, b) => a[0] - b[0])),
    hiddenColumns: [...state.hiddenColumns].sort((a, b) => a - b),
    rowHeights: Object.fromEntries([...state.rowHeights].sort((a, b) => a[0] - b[0])),
    page: { ...page, margins: Object.fromEntries(Object.entries(page.margins).map(([k, v]) => [k, round(v)])) },
    charts: view.charts,
    cells,
  };
}

export function workbookSnapshot(fake: FakeExcel) {
  return { active: fake.activeSheetName(), sheets: fake.sheetNames().map((name) => sheetSnapshot(fake, name)) };
}
