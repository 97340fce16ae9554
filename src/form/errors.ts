// The one error the form reader throws: a stable code, a Vietnamese message for users, an
// English one for the command line, and the sheet and cell it is about.

import { a1 } from '../plan/address';

export type FormReadErrorCode =
  | 'noMarker' // the sheet carries no "#egov|form=" identity
  | 'wrongSet' // the marker names another criteria set
  | 'noHeader' // the criteria table's header row is missing or lacks a column
  | 'keyMissing' // a criterion, field, section, total or band row of the set is missing
  | 'duplicateKey'; // the same key appears on two rows

export class FormReadError extends Error {
  readonly code: FormReadErrorCode;
  readonly messageEn: string;
  readonly sheet: string;
  /** 0-based row and column concerned, when there is one. */
  readonly row?: number;
  readonly col?: number;

  constructor(code: FormReadErrorCode, sheet: string, message: string, messageEn: string, at?: { row: number; col?: number }) {
    const where = at ? (at.col === undefined ? `dòng ${at.row + 1}` : `ô ${a1(at.row, at.col)}`) : '';
    const whereEn = at ? (at.col === undefined ? `row ${at.row + 1}` : `cell ${a1(at.row, at.col)}`) : '';
    super(`Trang tính "${sheet}"${where ? `, ${where}` : ''}: ${message}`);
    this.name = 'FormReadError';
    this.code = code;
    this.sheet = sheet;
    this.messageEn = `Sheet "${sheet}"${whereEn ? `, ${whereEn}` : ''}: ${messageEn}`;
    if (at) {
      this.row = at.row;
      if (at.col !== undefined) this.col = at.col;
    }
  }
}

export function isFormReadError(e: unknown): e is FormReadError {
  return e instanceof FormReadError;
}
