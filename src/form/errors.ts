// The one error the form reader throws: a LocalizedError whose message (area "form") names the
// sheet, row or cell and says what is wrong, with a stable `reason` and the place for programs.

import { LocalizedError, msg, type Message } from '../messages';
import { a1 } from '../plan/address';

export type FormReadErrorCode =
  | 'noMarker' // the sheet carries no "#egov|form=" identity
  | 'wrongSet' // the marker names another criteria set
  | 'noHeader' // the criteria table's header row is missing or lacks a column
  | 'keyMissing' // a criterion, field, section, total or band row of the set is missing
  | 'duplicateKey'; // the same key appears on two rows

export class FormReadError extends LocalizedError {
  readonly reason: FormReadErrorCode;
  readonly sheet: string;
  /** 0-based row and column concerned, when there is one. */
  readonly row?: number;
  readonly col?: number;

  constructor(reason: FormReadErrorCode, sheet: string, detail: Message, at?: { row: number; col?: number }) {
    super(
      at === undefined
        ? msg('form.read.sheet', { sheet, detail })
        : at.col === undefined
          ? msg('form.read.sheetRow', { sheet, row: at.row + 1, detail })
          : msg('form.read.sheetCell', { sheet, cell: a1(at.row, at.col), detail }),
    );
    this.name = 'FormReadError';
    this.reason = reason;
    this.sheet = sheet;
    if (at) {
      this.row = at.row;
      if (at.col !== undefined) this.col = at.col;
    }
  }
}

export function isFormReadError(e: unknown): e is FormReadError {
  return e instanceof FormReadError;
}
