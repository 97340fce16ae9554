// What a built-in roster knows of a unit's official header (Nghị định 30/2020): the unit's name as
// its documents write it ("UBND phường Dữu Lâu"), its governing body ('' when it has none, as for
// the People's Committees) and its place name — the commune's, the district's or the province's,
// by level. The roster's `header` says how; a unit may name its own governing body.

import type { CriteriaSet, GroupId, InputValue, Inputs } from '../../criteria/model';
import { GOVERNING_BODY_FIELD, headerSources } from '../../form/form-fields';
import { cleanName, kindPrefix, nameIndex } from '../names';
import { builtinRostersFor, type RosterFile, type RosterUnit } from './builtin';

export interface RosterHeader {
  /** Written before a unit's name on its forms ("UBND "), when the roster's names are places. */
  unitPrefix?: string;
  /** The units' governing body; '' = none (People's Committees). Absent = unknown. */
  superior?: string;
  /** "name": the unit's own place name (its name without "Phường", "Huyện"…); else the place itself. */
  place?: string;
}

export interface UnitHeaderInfo {
  /** The unit's name as written on its forms. */
  unitName: string;
  /** '' = the unit has no governing body line; undefined = the roster does not know. */
  governingBody?: string;
  place?: string;
}

/** "Phường Dữu Lâu" -> { kind: "phường", rest: "Dữu Lâu" }; no kind -> kind ''. */
function splitKind(name: string): { kind: string; rest: string } {
  const clean = cleanName(name);
  const kind = kindPrefix(clean);
  return kind ? { kind: kind.toLowerCase(), rest: clean.slice(kind.length).trim() } : { kind: '', rest: clean };
}

/** The header facts of one unit of a built-in roster. */
export function unitHeaderInfo(file: RosterFile, unit: RosterUnit): UnitHeaderInfo {
  const header = file.header ?? {};
  const { kind, rest } = splitKind(unit.name);
  const unitName = header.unitPrefix && kind ? `${header.unitPrefix}${kind} ${rest}` : cleanName(unit.name);
  const governingBody = unit.superior ?? header.superior;
  const place = header.place === 'name' ? rest : header.place;
  return { unitName, ...(governingBody !== undefined ? { governingBody } : {}), ...(place ? { place } : {}) };
}

/** The units of a group in the built-in rosters of `year`, with what each knows of its header, in roster order. */
export function rosterUnitsOf(group: GroupId, year: number): { code: string; name: string; header: UnitHeaderInfo }[] {
  return builtinRostersFor(year).filter((file) => file.group === group).flatMap((file) =>
    file.units.map((unit) => ({ code: unit.code, name: cleanName(unit.name), header: unitHeaderInfo(file, unit) })),
  );
}

/** The header facts of the built-in roster unit of `year` a name stands for ("UBND xã Thụy Vân"), if any. */
export function headerInfoFor(name: string, group: GroupId, year: number): UnitHeaderInfo | undefined {
  return nameIndex(rosterUnitsOf(group, year), (unit) => unit.name).find(name)?.header;
}

const isBlank = (v: InputValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * `inputs` with the header fields the roster knows for the unit they name (governing body, place)
 * filled in where they are blank; `filled` lists the field ids it filled. Values given are kept.
 */
export function withRosterHeader(set: CriteriaSet, inputs: Inputs): { inputs: Inputs; filled: string[] } {
  const src = headerSources(set);
  const name = src.unit ? inputs[src.unit] : undefined;
  const info = typeof name === 'string' ? headerInfoFor(name, set.group, set.year) : undefined;
  if (!info) return { inputs, filled: [] };
  const out: Inputs = { ...inputs };
  const filled: string[] = [];
  const offer = (id: string, value: string | undefined) => {
    if (value === undefined || !isBlank(out[id])) return;
    if (value !== '') out[id] = value;
    filled.push(id);
  };
  offer(GOVERNING_BODY_FIELD, info.governingBody);
  offer(src.place, info.place);
  return { inputs: out, filled };
}
