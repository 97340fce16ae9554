// The one error type the .xlsx reader throws: a stable `code` for programs, a Vietnamese
// `message` for users and an English `messageEn` for logs.

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

export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  readonly messageEn: string;

  constructor(code: XlsxErrorCode, message: string, messageEn: string) {
    super(message);
    this.name = 'XlsxError';
    this.code = code;
    this.messageEn = messageEn;
  }
}

export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError;
}
