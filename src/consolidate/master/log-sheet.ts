// The import log: one row per file imported, replaced, found unchanged or rejected, with its
// reason; times in Vietnam's time (dd/mm/yyyy HH:mm, UTC+7 whatever the machine's zone), the
// file's SHA-256 kept in the last column. The row's key holds the exact time and message, so
// the log reads back the same; logs of masters written before keep their text.

import { formatDateTime, isMessage } from '../../messages';
import type { Grid } from '../../plan/grid';
import type { SheetPlan } from '../../plan/model';
import { vietnameseText } from '../telling';
import type { LogEntry, LogResult, Telling } from '../types';
import { findColumns } from './columns';
import { cellText, fromKeyValue, keyedRows, keyValue, type MasterMarker } from './keys';
import { FIRST_ROW, HEADER_ROW, LOG_COL, LOG_LABELS, LOG_TITLE, OLD_LABELS, RESULT_LABEL, SHEET } from './layout';
import { MasterSheet } from './sheet';

/** Longest message kept in a key (encoded); a longer one reads back as its Vietnamese text. */
const MAX_KEY_MESSAGE = 30_000;

function messageKey(message: Telling): Record<string, string> {
  const encoded = keyValue(JSON.stringify(message));
  return encoded.length <= MAX_KEY_MESSAGE ? { msg: encoded } : {};
}

export function logSheet(log: readonly LogEntry[]): SheetPlan {
  const s = new MasterSheet(SHEET.log, [17, 30, 30, 18, 14, 14, 60, 20, 10], LOG_COL.key);
  s.value(0, 0, LOG_TITLE, 'm.title');
  s.key(0, { master: 'log' });
  for (const [name, label] of Object.entries(LOG_LABELS)) s.value(HEADER_ROW, LOG_COL[name as keyof typeof LOG_LABELS], label, 'm.header');
  log.forEach((e, i) => {
    const row = FIRST_ROW + i;
    s.value(row, LOG_COL.time, formatDateTime(e.time), 'm.text');
    s.value(row, LOG_COL.file, e.fileName, 'm.text');
    s.value(row, LOG_COL.unit, e.unit, 'm.text');
    s.value(row, LOG_COL.set, e.setId, 'm.text');
    s.value(row, LOG_COL.version, e.version, 'm.text');
    s.value(row, LOG_COL.result, RESULT_LABEL[e.result], 'm.text');
    s.value(row, LOG_COL.message, vietnameseText(e.message), 'm.text');
    s.value(row, LOG_COL.hash, e.hash, 'm.text');
    s.key(row, { log: e.result, at: keyValue(e.time), ...messageKey(e.message) });
  });
  return s.plan({ protect: true, rowHeights: { [HEADER_ROW]: 32 } });
}

/** Headers, with those of logs written before times were Vietnam's (and English had a column). */
const READ_LABELS = { ...LOG_LABELS, time: [LOG_LABELS.time, OLD_LABELS.logTime], messageEn: OLD_LABELS.logEnglish } as const;
type Column = keyof typeof READ_LABELS;

function storedMessage(text: string | undefined): Telling | undefined {
  try {
    const value: unknown = text === undefined ? undefined : JSON.parse(fromKeyValue(text) ?? '');
    if (isMessage(value)) return value;
    const pair = value as { vi?: unknown; en?: unknown } | undefined;
    return typeof pair?.vi === 'string' && typeof pair.en === 'string' ? { vi: pair.vi, en: pair.en } : undefined;
  } catch {
    return undefined;
  }
}

/** The log a sheet holds: columns by their headers (or where they were written), rows by their keys. */
export function readLog(grid: Grid, marker: MasterMarker): LogEntry[] {
  const found = findColumns(grid, marker, READ_LABELS, ['file', 'result']);
  // Without a header row, the columns are where this version writes them.
  const colOf = (name: Column): number | undefined =>
    found ? found.col[name] : name === 'messageEn' ? undefined : LOG_COL[name] + marker.keyCol - LOG_COL.key;
  const out: LogEntry[] = [];
  for (const { row, key } of keyedRows(grid, marker)) {
    if (!key.log || !(key.log in RESULT_LABEL)) continue;
    const cell = (name: Column) => {
      const col = colOf(name);
      return col === undefined ? '' : cellText(grid.value(row, col));
    };
    const vi = cell('message');
    out.push({
      time: fromKeyValue(key.at) ?? cell('time'),
      fileName: cell('file'),
      hash: cell('hash'),
      unit: cell('unit'),
      setId: cell('set'),
      version: cell('version'),
      result: key.log as LogResult,
      message: storedMessage(key.msg) ?? { vi, en: cell('messageEn') || vi },
    });
  }
  return out;
}
