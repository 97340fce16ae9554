// Merging identified submissions into the master's state. Rules (docs/consolidation.md):
// the same file again changes nothing at all (not even the log); the same unit again: the
// newer file replaces the older and both are logged; a unit not on the roster is accepted but
// not ranked ("ngoài danh sách") until the consolidator accepts it; appraisals are never
// overwritten, only flagged when the data they were made on changed. A rejected file changes
// nothing but the import log, which says why (once per file).

import type { GroupId } from '../criteria/model';
import { msg } from '../messages';
import { UnitIndex, unitIdOf } from './identity';
import { nameIndex, unitKey, type NameIndex } from './names';
import type { LogEntry, LogResult, MasterState, MergeChange, RosterEntry, Submission, SubmissionResult, Telling, UnitRecord } from './types';

/** The data version of a file: the first 12 hex characters of its SHA-256. */
export function dataVersionOf(hash: string): string {
  return hash.slice(0, 12);
}

function recordOf(sub: Submission, now: string, entry: RosterEntry | undefined): UnitRecord {
  const name = entry?.name ?? sub.unitName;
  return {
    id: unitIdOf(sub.group, entry?.code, name),
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
    flags: sub.flags,
  };
}

/** True when `incoming` is older than `current` by the files' modification times. */
function isOlder(incoming: UnitRecord, current: UnitRecord): boolean {
  return incoming.modified !== undefined && current.modified !== undefined && incoming.modified < current.modified;
}

/** One batch merged into a copy of the state, file by file; the state given is never modified. */
class Merge {
  readonly next: MasterState;
  readonly changes: MergeChange[] = [];
  private readonly knownHashes: Set<string>;
  private readonly units: UnitIndex;
  private readonly rosters = new Map<GroupId, NameIndex<RosterEntry>>();
  /** How many units of each group use each set: a group holds one set. */
  private readonly setsOfGroup = new Map<GroupId, Map<string, number>>();

  constructor(
    state: MasterState,
    private readonly now: string,
  ) {
    this.next = { roster: state.roster, log: [...state.log], units: [...state.units], appraisals: [...state.appraisals] };
    // Files imported before, of units the master still holds (a unit lost from the master comes
    // back when its file is imported again).
    const held = new Set(state.units.map((u) => unitKey(u.name)));
    const logged = state.log.filter((l) => l.result !== 'rejected' && held.has(unitKey(l.unit))).map((l) => l.hash);
    this.knownHashes = new Set([...logged, ...state.units.map((u) => u.hash)]);
    this.units = new UnitIndex(this.next.units);
    for (const u of this.next.units) this.count(u, 1);
  }

  private rosterOf(group: GroupId): NameIndex<RosterEntry> {
    let index = this.rosters.get(group);
    if (!index) this.rosters.set(group, (index = nameIndex(this.next.roster.filter((r) => r.group === group), (r) => r.name)));
    return index;
  }

  private count(u: UnitRecord, by: number): void {
    let sets = this.setsOfGroup.get(u.group);
    if (!sets) this.setsOfGroup.set(u.group, (sets = new Map()));
    const n = (sets.get(u.setId) ?? 0) + by;
    if (n === 0) sets.delete(u.setId);
    else sets.set(u.setId, n);
  }

  private setInUse(group: GroupId, setId: string): string | undefined {
    for (const used of this.setsOfGroup.get(group)?.keys() ?? []) if (used !== setId) return used;
    return undefined;
  }

  private log(entry: Omit<LogEntry, 'time'>): void {
    this.next.log.push({ time: this.now, ...entry });
  }

  /** A rejected file: reported, and logged once (the same file rejected again adds no line). */
  reject(fileName: string, hash: string | undefined, message: Telling, sub?: Submission): void {
    this.changes.push({ fileName, result: 'rejected', ...(sub ? { unit: sub.unitName, group: sub.group } : {}), message });
    const seen = hash ?? `(${fileName})`;
    if (this.next.log.some((l) => l.result === 'rejected' && (l.hash || `(${l.fileName})`) === seen)) return;
    this.log({ fileName, hash: hash ?? '', unit: sub?.unitName ?? '', setId: sub?.setId ?? '', version: sub?.version ?? '', result: 'rejected', message });
  }

  take(result: SubmissionResult): void {
    if (!result.ok) {
      const r = result.rejection;
      this.reject(r.fileName, r.hash, r.message);
      return;
    }
    const sub = result.submission;
    if (this.knownHashes.has(sub.hash)) {
      const message = msg('master.sameFile', { file: sub.fileName });
      this.changes.push({ fileName: sub.fileName, result: 'unchanged', unit: sub.unitName, group: sub.group, message });
      return;
    }
    const inUse = this.setInUse(sub.group, sub.setId);
    if (inUse !== undefined) {
      this.reject(sub.fileName, sub.hash, msg('master.otherSetInGroup', { file: sub.fileName, current: inUse, set: sub.setId }), sub);
      return;
    }
    this.knownHashes.add(sub.hash);
    this.place(recordOf(sub, this.now, this.rosterOf(sub.group).find(sub.unitName)), sub.unitName);
  }

  private change(rec: UnitRecord, result: LogResult, message: Telling): void {
    this.log({ fileName: rec.fileName, hash: rec.hash, unit: rec.name, setId: rec.setId, version: rec.version, result, message });
    const unlisted = rec.rosterCode === undefined;
    this.changes.push({ fileName: rec.fileName, result, unit: rec.name, group: rec.group, unitId: rec.id, ...(unlisted ? { unlisted } : {}), message });
  }

  /** A new unit, or the newer file of a unit the master holds. */
  private place(incoming: UnitRecord, written: string): void {
    const at = this.units.find(incoming.id, incoming.group, incoming.rosterCode, [incoming.name, written]);
    if (at === undefined) {
      this.units.add(incoming, this.next.units.length);
      this.next.units.push(incoming);
      this.count(incoming, 1);
      const unlisted = incoming.rosterCode === undefined;
      this.change(incoming, 'accepted', unlisted ? msg('master.acceptedUnlisted', { unit: incoming.name }) : msg('master.accepted', { unit: incoming.name }));
      return;
    }
    const current = this.next.units[at];
    // The unit keeps its identity and its sheet; its data is the newer file's.
    const rec: UnitRecord = { ...incoming, id: current.id, ...(current.sheet === undefined ? {} : { sheet: current.sheet }) };
    if (isOlder(rec, current)) {
      this.change(rec, 'unchanged', msg('master.olderFile', { unit: rec.name, current: current.fileName }));
      return;
    }
    this.count(current, -1);
    this.count(rec, 1);
    this.next.units[at] = rec;
    const version = dataVersionOf(rec.hash);
    this.next.appraisals = this.next.appraisals.map((a) => (a.unitId === rec.id && a.dataVersion !== version ? { ...a, stale: true } : a));
    this.change(rec, 'replaced', msg('master.replaced', { unit: rec.name, current: current.fileName }));
  }
}

/** Merges a batch in order; returns the new state (the old one is not modified) and what happened. */
export function mergeSubmissions(state: MasterState, results: readonly SubmissionResult[], now: string): { state: MasterState; changes: MergeChange[] } {
  const merge = new Merge(state, now);
  for (const result of results) merge.take(result);
  return { state: merge.next, changes: merge.changes };
}

/** A master with a roster and nothing imported yet. */
export function emptyMaster(roster: MasterState['roster'] = []): MasterState {
  return { roster, log: [], units: [], appraisals: [] };
}
