// Dates are stored as Excel serial day numbers (1900 date system; day 1 = 1900-01-01 and the
// phantom 1900-02-29 makes day 60, so serials count from 1899-12-30 for every date after it).

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The serial of an ISO date ("2018-10-03" -> 43376); null when the text is not a real date. */
export function isoToSerial(iso: string): number | null {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

/** The ISO date of a serial (its whole days); null for serials before 1900-03-01 or not finite. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The ISO date of a date typed day first ("3/10/2018", "03.10.2018" -> "2018-10-03"), or of an ISO date; null otherwise. */
export function typedDateToIso(text: string): string | null {
  const trimmed = text.trim();
  if (ISO_DATE.test(trimmed)) return trimmed;
  const match = DAY_MONTH_YEAR.exec(trimmed);
  return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : null;
}

/** "03/10/2018" from "2018-10-03" (the Vietnamese day/month/year order); the text itself if not ISO. */
export function isoToDayMonthYear(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
