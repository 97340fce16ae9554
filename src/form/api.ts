// The public shape of the form module: building the Phụ lục sheet plan from a criteria
// set, and reading a filled form back. Implemented in plan.ts and read.ts.

import type { Inputs } from '../criteria/model';
import type { CellValue } from '../plan/grid';

export interface CellPos {
  row: number; // 0-based
  col: number; // 0-based
}

export interface FormOptions {
  /** Sheet name; defaults to a name derived from the set (≤ 31 chars, no []:*?/\). */
  sheetName?: string;
  /** Values to pre-fill, by field id (cell semantics: yes/no as "Có"/"Không", percent as fraction). */
  inputs?: Inputs;
  /** Tài liệu kiểm chứng text, by criterion code. */
  evidence?: Record<string, string>;
  /** Ghi chú text, by criterion code. */
  notes?: Record<string, string>;
  /** Best value per cohort field (consolidation); absent = provisional best in the form. */
  cohortBest?: Record<string, number>;
  /**
   * Formula reference (e.g. "'Tổng hợp xa'!$L$5") per cohort field whose cell holds the
   * group's best value: the master's unit sheets stay live across the group. Wins over cohortBest.
   */
  cohortBestRef?: Record<string, string>;
  /**
   * Which criteria get the live reason formula of "Kiểm tra số liệu": every one invalid data can
   * void (a unit's form; the default), or only those its inputs void now (the master's unit
   * sheets, whose appraisal sheet re-reads them at each write: ~1 KB a sheet on Excel on the web).
   */
  checks?: 'all' | 'voided';
}

/** Where things are on a form sheet (as built, or as found when reading). */
export interface FormMap {
  sheetName: string;
  valueCell: Record<string, CellPos>; // by field id
  scoreCell: Record<string, CellPos>; // by criterion code
  /** "Kiểm tra số liệu" of each criterion invalid data can void, by code; none in forms made before the column. */
  checkCell: Record<string, CellPos>;
  evidenceCell: Record<string, CellPos>; // by criterion code
  noteCell: Record<string, CellPos>; // by criterion code
  cohortBestCell: Record<string, CellPos>; // by cohort field id
  /** First and last row of each criterion (its own row and its field rows). */
  criterionRows: Record<string, { first: number; last: number }>;
  sectionCell: Record<string, CellPos>; // sub-total, by section code
  /** The applicable maximum (total less the maxima of criteria marked not applicable), when the set rescales. */
  applicableCell?: CellPos;
  totalCell: CellPos;
  bandCell: CellPos;
}

/** A map with nothing placed yet: the builder and the reader fill it; total and band in `scoreCol`. */
export function emptyFormMap(sheetName: string, scoreCol: number): FormMap {
  const at = { row: 0, col: scoreCol };
  return {
    sheetName,
    valueCell: {},
    scoreCell: {},
    checkCell: {},
    evidenceCell: {},
    noteCell: {},
    cohortBestCell: {},
    criterionRows: {},
    sectionCell: {},
    totalCell: { ...at },
    bandCell: { ...at },
  };
}

export interface FilledForm {
  setId: string;
  version: string;
  map: FormMap;
  inputs: Inputs;
  evidence: Record<string, string>;
  notes: Record<string, string>;
  /** What the file itself shows: cached results of its score cells. */
  cached: {
    criteria: Record<string, CellValue>;
    sections: Record<string, CellValue>;
    /** The "Kiểm tra số liệu" cells ("" while the data is valid), by criterion code; none in older forms. */
    checks: Record<string, CellValue>;
    total: CellValue;
    band: CellValue;
  };
  /** The formula found in each criterion's score cell (undefined: typed over with a value). */
  scoreFormulas: Record<string, string | undefined>;
}
