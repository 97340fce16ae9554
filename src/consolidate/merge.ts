// Merging identified submissions into the master's state. Rules (docs/consolidation.md):
// the same file again changes nothing at all (not even the log); the same unit again: the
// newer file replaces the older and both are logged; a unit not on the roster is accepted
// and flagged; appraisals are never overwritten, only flagged when the data they were made
// on changed. Rejected files change nothing; they are reported in `changes` only.

import type { GroupId } from '../criteria/model';
import { nameIndex, unitKey, type NameIndex } from './names';
import type { Flag, LogEntry, MasterState, MergeChange, RosterEntry, Submission, SubmissionResult, UnitRecord } from './types';

/** The data version of a file: the first 12 hex characters of its SHA-256. */
export function dataVersionOf(hash: string): string {
  return hash.slice(0, 12);
}

function unknownUnitFlag(name: string): Flag {
  return {
    kind: 'unknownUnit',
    message: `Đơn vị "${name}" không có trong danh sách; đã nhận nhưng cần kiểm tra tên.`,
    messageEn: `Unit "${name}" is not on the roster; accepted, check the name.`,
  };
}

function recordOf(sub: Submission, now: string, roster: NameIndex<RosterEntry>): UnitRecord {
  const entry = roster.find(sub.unitName);
  const name = entry?.name ?? sub.unitName;
  return {
    key: unitKey(name),
    name,
    group: sub.group,
    setId: sub.setId,
    version: sub.version,
    ...(entry ? { rosterCode: entry.code } : {}),
    fileName: sub.fileName,
    ...(sub.modified === undefined ? {} : { modified: sub.modified }),
    hash: sub.hash,
    importedAt: now,
    inputs: sub.inputs,
    evidence: sub.evidence,
    notes: sub.notes,
    selfScores: sub.selfScores,
    selfTotal: sub.selfTotal,
    flags: entry ? sub.flags : [unknownUnitFlag(sub.unitName), ...sub.flags],
  };
}

function logEntry(rec: UnitRecord, now: string, result: LogEntry['result'], message: string, messageEn: string): LogEntry {
  return { time: now, fileName: rec.fileName, hash: rec.hash, unit: rec.name, setId: rec.setId, version: rec.version, result, message, messageEn };
}

/** True when `incoming` is older than `current` by the files' modification times. */
function isOlder(incoming: UnitRecord, current: UnitRecord): boolean {
  return incoming.modified !== undefined && current.modified !== undefined && incoming.modified < current.modified;
}

/** Merges a batch in order; returns the new state (the old one is not modified) and what happened. */
export function mergeSubmissions(
  state: MasterState,
  results: readonly SubmissionResult[],
  now: string,
): { state: MasterState; changes: MergeChange[] } {
  const next: MasterState = {
    roster: state.roster,
    log: [...state.log],
    units: [...state.units],
    appraisals: [...state.appraisals],
  };
  const changes: MergeChange[] = [];
  const knownHashes = new Set([...state.log.map((l) => l.hash), ...state.units.map((u) => u.hash)]);
  // Lookups by unit key and by group kept in maps: not a pass over every unit per file.
  const atKey = new Map<string, number>();
  next.units.forEach((u, i) => {
    if (!atKey.has(u.key)) atKey.set(u.key, i);
  });
  // The roster's name index of each group, built once per batch (the roster does not change here).
  const rosters = new Map<GroupId, NameIndex<RosterEntry>>();
  const rosterOf = (group: GroupId): NameIndex<RosterEntry> => {
    let index = rosters.get(group);
    if (!index) rosters.set(group, (index = nameIndex(state.roster.filter((r) => r.group === group), (r) => r.name)));
    return index;
  };
  const setsOfGroup = new Map<GroupId, Map<string, number>>();
  const count = (u: UnitRecord, by: number): void => {
    let sets = setsOfGroup.get(u.group);
    if (!sets) setsOfGroup.set(u.group, (sets = new Map()));
    const n = (sets.get(u.setId) ?? 0) + by;
    if (n === 0) sets.delete(u.setId);
    else sets.set(u.setId, n);
  };
  for (const u of next.units) count(u, 1);
  const otherSetIn = (group: GroupId, setId: string): boolean => {
    const sets = setsOfGroup.get(group);
    return sets !== undefined && (sets.size > 1 || (sets.size === 1 && !sets.has(setId)));
  };
  for (const result of results) {
    if (!result.ok) {
      const r = result.rejection;
      changes.push({ fileName: r.fileName, result: 'rejected', message: r.message, messageEn: r.messageEn });
      continue;
    }
    const sub = result.submission;
    if (knownHashes.has(sub.hash)) {
      changes.push({
        fileName: sub.fileName,
        result: 'unchanged',
        unit: sub.unitName,
        group: sub.group,
        message: `Tệp "${sub.fileName}" đã được nhập trước đây; không thay đổi gì.`,
        messageEn: `File "${sub.fileName}" was imported before; nothing changed.`,
      });
      continue;
    }
    const other = otherSetIn(sub.group, sub.setId) ? next.units.find((u) => u.group === sub.group && u.setId !== sub.setId) : undefined;
    if (other) {
      changes.push({
        fileName: sub.fileName,
        result: 'rejected',
        unit: sub.unitName,
        group: sub.group,
        message: `Tệp "${sub.fileName}" bị từ chối: nhóm này đang tổng hợp theo bộ tiêu chí "${other.setId}", tệp dùng "${sub.setId}".`,
        messageEn: `File "${sub.fileName}" rejected: this group is consolidated with criteria set "${other.setId}", the file uses "${sub.setId}".`,
      });
      continue;
    }
    knownHashes.add(sub.hash);
    const rec = recordOf(sub, now, rosterOf(sub.group));
    const at = atKey.get(rec.key) ?? -1;
    const change = (result: LogEntry['result'], message: string, messageEn: string) => {
      next.log.push(logEntry(rec, now, result, message, messageEn));
      changes.push({ fileName: rec.fileName, result, unit: rec.name, group: rec.group, message, messageEn });
    };
    if (at < 0) {
      atKey.set(rec.key, next.units.length);
      next.units.push(rec);
      count(rec, 1);
      const unknown = rec.rosterCode === undefined;
      change(
        'accepted',
        unknown ? `Đã nhận "${rec.name}" (không có trong danh sách).` : `Đã nhận "${rec.name}".`,
        unknown ? `Accepted "${rec.name}" (not on the roster).` : `Accepted "${rec.name}".`,
      );
      continue;
    }
    const current = next.units[at];
    if (isOlder(rec, current)) {
      change(
        'unchanged',
        `Tệp cũ hơn bản đã nhập của "${rec.name}" (${current.fileName}); giữ bản mới hơn.`,
        `Older than the imported file of "${rec.name}" (${current.fileName}); the newer one is kept.`,
      );
      continue;
    }
    count(current, -1);
    count(rec, 1);
    next.units[at] = rec;
    next.appraisals = next.appraisals.map((a) => (a.unitKey === rec.key && a.dataVersion !== dataVersionOf(rec.hash) ? { ...a, stale: true } : a));
    change(
      'replaced',
      `Đã thay bản của "${rec.name}" (${current.fileName}) bằng bản mới.`,
      `Replaced the submission of "${rec.name}" (${current.fileName}) with the newer one.`,
    );
  }
  return { state: next, changes };
}

/** A master with a roster and nothing imported yet. */
export function emptyMaster(roster: MasterState['roster'] = []): MasterState {
  return { roster, log: [], units: [], appraisals: [] };
}
