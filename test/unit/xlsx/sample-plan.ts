// A workbook plan that uses every feature the .xlsx writer supports.
import type { WorkbookPlan } from '../../../src/plan/model';

export function samplePlan(): WorkbookPlan {
  return {
    styles: {
      title: { font: { bold: true, size: 14, color: '#1F4E79' }, hAlign: 'center', vAlign: 'center', wrap: true },
      header: { font: { bold: true }, fill: '#D9E1F2', border: true, hAlign: 'center' },
      input: { border: true, locked: false, numberFormat: '0.00' },
      score: { border: true, numberFormat: '0.0', indent: 1 },
      pct: { numberFormat: '0%' },
    },
    sheets: [
      {
        name: 'Phụ lục',
        columns: [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 12, hidden: true }],
        rowHeights: { 0: 30, 7: 20 },
        cells: [
          { row: 0, col: 0, value: 'Bảng tự đánh giá – Sở Nội vụ', style: 'title' },
          { row: 1, col: 0, value: 'STT', style: 'header' },
          { row: 1, col: 1, value: 'Tiêu chí', style: 'header' },
          { row: 1, col: 2, value: 'Điểm', style: 'header' },
          { row: 2, col: 0, value: 1 },
          { row: 2, col: 1, value: '=1+1' },
          { row: 2, col: 2, value: 7.5, style: 'input' },
          { row: 3, col: 0, value: 2 },
          { row: 3, col: 1, value: '+84 912 345 678' },
          { row: 3, col: 2, value: 2.5, style: 'input' },
          { row: 4, col: 1, value: '-' },
          { row: 4, col: 2, formula: 'SUM(C3:C4)', style: 'score' },
          { row: 5, col: 2, formula: 'RANK.EQ(C3,C3:C4)' },
          { row: 5, col: 3, formula: 'IF(C3>5,"RANK.EQ(x)",IFS(C3>1,1,TRUE,0))' },
          { row: 6, col: 0, value: true },
          { row: 6, col: 1, value: false },
          { row: 6, col: 2, value: 0.25, style: 'pct' },
          { row: 7, col: 1, value: '  có khoảng trắng  \nvà xuống dòng' },
          { row: 7, col: 3, value: 'key', style: 'score' },
          { row: 8, col: 1, value: 'A & B <c> "d" _x0041_ \u0001' },
        ],
        merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
        validations: [
          { kind: 'list', range: { row: 2, col: 3, rows: 2, cols: 1 }, items: ['Có', 'Không'], title: 'Chọn', message: 'Chọn Có hoặc Không' },
          { kind: 'decimal', range: { row: 2, col: 2, rows: 2, cols: 1 }, min: 0, max: 10, message: 'Từ 0 đến 10' },
          { kind: 'whole', range: { row: 9, col: 2, rows: 1, cols: 1 }, min: 0 },
        ],
        conditionalFills: [{ range: { row: 2, col: 2, rows: 2, cols: 1 }, formula: 'C3>5', fill: '#C6EFCE' }],
        protect: true,
        freezeRows: 2,
        tabColor: '#2F5597',
        print: {
          paper: 'A4',
          orientation: 'landscape',
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          fitToWidth: true,
          area: { row: 0, col: 0, rows: 9, cols: 3 },
          repeatRows: { first: 1, last: 1 },
          pageNumbers: true,
        },
        charts: [
          {
            kind: 'bar',
            title: 'Điểm theo tiêu chí',
            categories: { row: 2, col: 1, rows: 2, cols: 1 },
            values: { row: 2, col: 2, rows: 2, cols: 1 },
            anchor: { row: 10, col: 0, rows: 15, cols: 6 },
          },
        ],
      },
      {
        name: "Dữ liệu ẩn's",
        columns: [],
        cells: [
          { row: 0, col: 0, value: 'hidden data' },
          { row: 1, col: 0, formula: "'Phụ lục'!C3*2" },
        ],
        merges: [],
        validations: [],
        protect: false,
        hidden: true,
      },
    ],
  };
}
