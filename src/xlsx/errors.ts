// The one error type the .xlsx reader throws: a LocalizedError (its catalogue message, area
// "xlsx", says what is wrong in the user's language) with a stable `reason` for programs —
// the reason a submitted file is rejected for.

import { LocalizedError, msg, type Message, type MessageCode } from '../messages';

export type XlsxErrorCode =
  | 'notZip'
  | 'truncated'
  | 'tooLarge'
  | 'tooManyEntries'
  | 'zipBomb'
  | 'doctype'
  | 'macroEnabled'
  | 'missingPart'
  | 'malformedXml'
  | 'encrypted'
  | 'unsupported'
  | 'inconsistentZip'
  | 'outsideGrid'
  | 'tooManyCells';

type XlsxMessageCode = Extract<MessageCode, `xlsx.${string}`>;

export class XlsxError extends LocalizedError<XlsxMessageCode> {
  readonly reason: XlsxErrorCode;

  constructor(reason: XlsxErrorCode, message: Message<XlsxMessageCode>) {
    super(message);
    this.name = 'XlsxError';
    this.reason = reason;
  }
}

export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError;
}

/** The workbook lacks a part it names (or every workbook has). */
export function missingPart(part: string): XlsxError {
  return new XlsxError('missingPart', msg('xlsx.missingPart', { part }));
}
