// Accepting units that are not on the roster ("ngoài danh sách"). Such a unit is received but
// not ranked until the consolidator accepts it: the pane's accept button and `rank
// --accept-unlisted` add it to the roster (as adding it to the roster file would), ranked, with a
// code of its own. Its id does not change, so its appraisals stay attached.

import type { MasterState, RosterEntry, UnitRecord } from './types';

/** Units of the state not on its roster. */
export function unlistedUnits(state: MasterState): UnitRecord[] {
  const codes = new Set(state.roster.map((r) => r.code));
  return state.units.filter((u) => u.rosterCode === undefined || !codes.has(u.rosterCode));
}

/** Codes "BS1", "BS2"… (bổ sung: added) that the roster does not use yet. */
function freeCodes(roster: readonly RosterEntry[]): () => string {
  const used = new Set(roster.map((r) => r.code));
  let n = 1;
  return () => {
    while (used.has(`BS${n}`)) n++;
    used.add(`BS${n}`);
    return `BS${n}`;
  };
}

export interface Accepted {
  state: MasterState;
  /** The roster entries added, in the order of the units. */
  added: RosterEntry[];
}

/**
 * Adds the unlisted units with these ids (every unlisted unit when `ids` is omitted) to the
 * roster, ranked. Ids that are not unlisted units are ignored. The state given is not modified.
 */
export function acceptUnlisted(state: MasterState, ids?: readonly string[]): Accepted {
  const wanted = ids === undefined ? undefined : new Set(ids);
  // Added in the order the master listed them (by name), so the summary's order stays.
  const chosen = unlistedUnits(state)
    .filter((u) => wanted === undefined || wanted.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  if (chosen.length === 0) return { state, added: [] };
  const nextCode = freeCodes(state.roster);
  const codeOf = new Map<string, string>();
  const added = chosen.map((u): RosterEntry => {
    const code = nextCode();
    codeOf.set(u.id, code);
    return { code, name: u.name, group: u.group, ranked: true };
  });
  const units = state.units.map((u) => (codeOf.has(u.id) ? { ...u, rosterCode: codeOf.get(u.id)! } : u));
  return { state: { ...state, roster: [...state.roster, ...added], units }, added };
}
