// Where today stands against a set's deadline for sending the form, in Vietnam's calendar
// (UTC+7, whatever the machine's zone): passed, today, or so many days ahead.

import { msg, type Message } from '../../messages';

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam as YYYY-MM-DD. */
export function vietnamToday(now: number): string {
  return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNumber(iso: string): number | null {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

export interface DeadlineNotice {
  late: boolean;
  message: Message;
}

/** The notice for a deadline (ISO date) seen on `today` (ISO date); undefined when the deadline is not a date. */
export function deadlineNotice(deadline: string, today: string): DeadlineNotice | undefined {
  const [due, now] = [dayNumber(deadline), dayNumber(today)];
  if (due === null || now === null) return undefined;
  const days = due - now;
  if (days < 0) return { late: true, message: msg('entry.deadline.passed', { deadline, days: -days }) };
  if (days === 0) return { late: false, message: msg('entry.deadline.today', { deadline }) };
  return { late: false, message: msg('entry.deadline.ahead', { deadline, days }) };
}
