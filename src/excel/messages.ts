// The adapter's errors for users: catalogue messages (see src/messages), carrying Excel's error code.

import { LocalizedError, msg, type Message } from '../messages';

export class WorkbookError extends LocalizedError {
  constructor(
    message: Message,
    /** Office.js's error code, e.g. "ItemNotFound". */
    readonly officeCode: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'WorkbookError';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function sheetMissing(sheet: string, cause?: unknown): WorkbookError {
  return new WorkbookError(msg('excel.sheetMissing', { sheet }), 'ItemNotFound', cause);
}

export function sheetExists(sheet: string): WorkbookError {
  return new WorkbookError(msg('excel.sheetExists', { sheet }), 'ItemAlreadyExists');
}

export function eventsUnsupported(): WorkbookError {
  return new WorkbookError(msg('excel.eventsUnsupported'), 'ApiNotFound');
}

function isProtectionError(code: string | undefined, error: unknown): boolean {
  return code === 'AccessDenied' || (code === 'InvalidOperation' && /protect/i.test(String((error as Error).message)));
}

/** Turns an Office.js error from writing into `sheet` into a clear message. */
export function writeFailed(sheet: string, error: unknown): unknown {
  const code = codeOf(error);
  if (code === 'ItemNotFound') return sheetMissing(sheet, error);
  if (isProtectionError(code, error)) return new WorkbookError(msg('excel.sheetProtected', { sheet }), 'AccessDenied', error);
  if (code === 'RequestPayloadSizeLimitExceeded') return new WorkbookError(msg('excel.payloadTooLarge'), code, error);
  return error;
}
