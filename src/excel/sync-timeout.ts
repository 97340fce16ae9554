// Excel on the web can leave context.sync() pending forever (OfficeDev/office-js#6678, #6150).
// The adapter time-boxes the first sync of a session, so the pane can say so instead of spinning.

export const FIRST_SYNC_TIMEOUT_MS = 15_000;

export class ExcelNotRespondingError extends Error {
  readonly code = 'ExcelNotResponding';

  constructor(readonly timeoutMs: number) {
    const seconds = Math.round(timeoutMs / 1000);
    super(
      `Excel không phản hồi sau ${seconds} giây. Hãy lưu sổ tính, đóng và mở lại phần bổ trợ (hoặc Excel) rồi thử lại. ` +
        `/ Excel did not respond within ${seconds} s. Save the workbook, reopen the add-in (or Excel) and try again.`,
    );
    this.name = 'ExcelNotRespondingError';
  }
}

/** Resolves or rejects like `promise`, or rejects with ExcelNotRespondingError after `timeoutMs`. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExcelNotRespondingError(timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
