// The adapter's errors for users: Vietnamese first, then English, carrying Excel's error code.

export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function sheetMissing(sheet: string, cause?: unknown): WorkbookError {
  return new WorkbookError(
    `Không tìm thấy trang tính "${sheet}" trong sổ tính. / The workbook has no sheet named "${sheet}".`,
    'ItemNotFound',
    cause,
  );
}

export function sheetExists(sheet: string): WorkbookError {
  return new WorkbookError(
    `Sổ tính đã có trang tính "${sheet}"; chọn ghi đè hoặc đặt tên khác. / The workbook already has a sheet named "${sheet}"; replace it or choose another name.`,
    'ItemAlreadyExists',
  );
}

export function eventsUnsupported(): WorkbookError {
  return new WorkbookError(
    'Excel này không hỗ trợ theo dõi thay đổi (cần ExcelApi 1.7). Hãy bấm "Kiểm tra lại" sau khi nhập. / This Excel cannot report changes (ExcelApi 1.7 needed). Use "Check again" after editing.',
    'ApiNotFound',
  );
}

/** Turns an Office.js error from writing into `sheet` into a clear message. */
export function writeFailed(sheet: string, error: unknown): unknown {
  const code = codeOf(error);
  if (code === 'ItemNotFound') return sheetMissing(sheet, error);
  if (code === 'AccessDenied' || code === 'InvalidOperation' && /protect/i.test(String((error as Error).message))) {
    return new WorkbookError(
      `Không ghi được vào trang tính "${sheet}": ô này bị khóa vì trang tính đang được bảo vệ. Chỉ nhập vào các ô nhập liệu, hoặc bỏ bảo vệ trang tính (Xem lại > Bỏ bảo vệ trang tính). ` +
        `/ Cannot write to sheet "${sheet}": the cell is locked on a protected sheet. Enter data only in the input cells, or unprotect the sheet (Review > Unprotect Sheet).`,
      'AccessDenied',
      error,
    );
  }
  if (code === 'RequestPayloadSizeLimitExceeded') {
    return new WorkbookError(
      'Dữ liệu gửi tới Excel quá lớn cho một lần ghi. / The data sent to Excel is too large for one request.',
      code,
      error,
    );
  }
  return error;
}
