// The data of consolidation: identified submissions, the master's state (roster, import
// log, units, appraisals, last year's scores) and what a merge changed. Plain values: the
// master workbook's sheets are their only storage (see docs/consolidation.md).

import type { GroupId, Inputs } from '../criteria/model';
import type { CellValue } from '../plan/grid';
import type { LastYear } from './previous';
import type { Message } from '../messages';
import type { XlsxErrorCode } from '../xlsx/errors';

/**
 * What to tell a user about a file: a catalogue message, or the Vietnamese and English text
 * of a reader whose errors are not in the catalogue yet (the .xlsx and form readers').
 */
export type Telling = Message | { vi: string; en: string };

/** One unit the consolidator expects a form from. */
export interface RosterEntry {
  /** GSO code or a local code; unique in the roster. */
  code: string;
  /** Official name, NFC. */
  name: string;
  group: GroupId;
  /** false = "evaluated, not ranked" (đánh giá, không xếp hạng). */
  ranked: boolean;
  /** Last year's published score, when known. */
  previousScore?: number;
  /**
   * The units it was formed from (a 2025 merger), each looked up by name in last year's master;
   * absent for a unit that was not reorganised, which is looked up by its own name.
   */
  predecessors?: Predecessor[];
  /** Last year's results of the units it continues (`--previous`, or the pane's import of last year's master). */
  lastYear?: LastYear;
}

/** A unit a roster entry was formed from, as the act that merged them names it. */
export interface Predecessor {
  /** Its name (NFC), as the act spells it: what last year's roster is searched for. */
  name: string;
  /** Its code before the merger (e.g. the old GSO code), when known. */
  code?: string;
  /** Its district and province before the merger, when known (names repeat across districts). */
  district?: string;
  province?: string;
  /** True when only part of it joined this unit (the rest joined another). */
  partial?: boolean;
  /** The name in the statistics office's list, when it is spelt differently from the act's. */
  gsoName?: string;
}

export type FlagKind =
  | 'scoreMismatch' // the file's self-score differs from the recomputed one
  | 'formulaOverwritten' // the score cell no longer holds the set's formula
  | 'evidenceMissing' // evidence required but not cited
  | 'input' // a problem of the entered values (text in number cells, out of bounds…)
  | 'unknownUnit' // the unit is not on the roster
  | 'appraisalStale' // the unit's data changed after its appraisal
  | 'legacyFont'; // text typed in a legacy Vietnamese font (TCVN3, VNI): converted to Unicode, or not readable

/** Something the consolidator should look at; never changes a score by itself. */
export interface Flag {
  kind: FlagKind;
  criterionCode?: string;
  fieldId?: string;
  /** What to tell the consolidator; a Vietnamese/English pair in masters written before messages. */
  message: Telling;
}

/** A submission that was read, identified and recomputed. */
export interface Submission {
  fileName: string;
  /** SHA-256 of the file's bytes, lower-case hex: the data version. */
  hash: string;
  modified?: string;
  setId: string;
  version: string;
  group: GroupId;
  year: number;
  /** The unit's name as written, NFC, whitespace collapsed. */
  unitName: string;
  /** Sheet of the file the form was read from. */
  sheetName: string;
  inputs: Inputs;
  evidence: Record<string, string>;
  notes: Record<string, string>;
  /** The file's own (cached) results: self-assessed points by criterion code, and the total. */
  selfScores: Record<string, CellValue>;
  selfTotal: CellValue;
  flags: Flag[];
}

/** Why a file is refused: what the .xlsx reader refuses, and what consolidation refuses. */
export type RejectCode =
  | XlsxErrorCode
  | 'empty'
  | 'notAForm'
  | 'unknownSet'
  | 'otherVersion'
  | 'otherGroup'
  | 'otherYear'
  | 'damagedForm'
  | 'noUnitName'
  | 'otherSetInGroup'
  /** A master workbook (anything `rank` wrote), recognised by its markers: never a submission. */
  | 'isMaster';

export interface Rejection {
  fileName: string;
  /** Present when the bytes could be hashed (always, except for an empty file). */
  hash?: string;
  code: RejectCode;
  /** Why, naming the file (and sheet, cell where known). */
  message: Telling;
}

export type SubmissionResult = { ok: true; submission: Submission } | { ok: false; rejection: Rejection };

/** The latest accepted submission of one unit, as the master keeps it. */
export interface UnitRecord {
  /**
   * The unit's identity in the master (see identity.ts): its group and roster code, or its group
   * and name key when the roster did not list it at its first import. Given once, then kept.
   */
  id: string;
  name: string;
  group: GroupId;
  setId: string;
  version: string;
  /** The roster entry's code; undefined for a unit not on the roster ("ngoài danh sách": not ranked). */
  rosterCode?: string;
  /** The unit's sheet in the master, once it has one: kept while it stays a valid, unique name. */
  sheet?: string;
  fileName: string;
  /** The file's modification time (ISO), when known: decides which of two files is newer. */
  modified?: string;
  /** Data version: the SHA-256 of the file. */
  hash: string;
  importedAt: string;
  inputs: Inputs;
  evidence: Record<string, string>;
  notes: Record<string, string>;
  selfScores: Record<string, CellValue>;
  selfTotal: CellValue;
  flags: Flag[];
}

/** The appraiser's decision on one criterion of one unit. */
export interface Appraisal {
  /** The unit's id (UnitRecord.id). An appraisal whose unit the master no longer holds is kept and reported. */
  unitId: string;
  /** The unit's name when the appraisal was read (to report it by name). */
  unitName: string;
  criterionCode: string;
  /** Appraised points; null = use the recomputed points. */
  points: number | null;
  reason: string;
  /** The unit's data version (first 12 hex of the file's hash) the appraisal was made on. */
  dataVersion: string;
  /** True when the unit's data changed after the appraisal was made. */
  stale: boolean;
}

export type LogResult = 'accepted' | 'replaced' | 'unchanged' | 'rejected';

export interface LogEntry {
  /** ISO timestamp (UTC); the sheet shows it in Vietnam's time. */
  time: string;
  fileName: string;
  hash: string;
  unit: string;
  setId: string;
  version: string;
  result: LogResult;
  message: Telling;
}

export interface MasterState {
  roster: RosterEntry[];
  log: LogEntry[];
  units: UnitRecord[];
  appraisals: Appraisal[];
}

/** What one merge did, file by file (for the pane and the CLI). */
export interface MergeChange {
  fileName: string;
  result: LogResult;
  unit?: string;
  group?: GroupId;
  /** The unit's id, when the file was accepted (or replaced a unit's earlier file). */
  unitId?: string;
  /** True when the unit is not on the roster: listed as "ngoài danh sách", not ranked until accepted. */
  unlisted?: boolean;
  message: Telling;
}
