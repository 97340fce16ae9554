// Which unit a form or a row of the master belongs to. A unit is its group and its roster code,
// or its group and the key of its name when the roster does not list it — never its name alone
// (two groups may each have a "Phường Hòa Bình") and never its sheet's name (sheets are renamed,
// names are cut to 31 characters). The id is given at the unit's first import and then kept, so
// appraisals stay attached when the roster is edited or the unit is accepted into it later.

import type { GroupId } from '../criteria/model';
import { unitKey } from './names';
import type { UnitRecord } from './types';

/** A new unit's id: "<group>|c:<roster code>" or "<group>|n:<name key>". */
export function unitIdOf(group: GroupId, rosterCode: string | undefined, name: string): string {
  return rosterCode !== undefined ? `${group}|c:${rosterCode}` : `${group}|n:${unitKey(name)}`;
}

/** The group part of an id (ids written by unitIdOf). */
export function groupOfId(id: string): GroupId {
  const bar = id.indexOf('|');
  return (bar < 0 ? '' : id.slice(0, bar)) as GroupId;
}

const inGroup = (group: GroupId, part: string) => `${group}\u0000${part}`;

/** Finds the master's units by id, by group + roster code and by group + name key. */
export class UnitIndex {
  private readonly byId = new Map<string, number>();
  private readonly byCode = new Map<string, number>();
  private readonly byName = new Map<string, number>();

  constructor(units: readonly UnitRecord[]) {
    units.forEach((u, i) => this.add(u, i));
  }

  /** Records `unit` at position `at` (the first unit of an id, code or name keeps it). */
  add(unit: UnitRecord, at: number): void {
    const keep = (map: Map<string, number>, key: string) => {
      if (!map.has(key)) map.set(key, at);
    };
    keep(this.byId, unit.id);
    if (unit.rosterCode !== undefined) keep(this.byCode, inGroup(unit.group, unit.rosterCode));
    keep(this.byName, inGroup(unit.group, unitKey(unit.name)));
  }

  /** Position of the unit with this id, or of the group's unit with this roster code, else with this name. */
  find(id: string, group: GroupId, rosterCode: string | undefined, names: readonly string[]): number | undefined {
    const at = this.byId.get(id) ?? (rosterCode === undefined ? undefined : this.byCode.get(inGroup(group, rosterCode)));
    if (at !== undefined) return at;
    for (const name of names) {
      const hit = this.byName.get(inGroup(group, unitKey(name)));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}
