// One submitted file -> an identified, checked and recomputed submission, or a rejection
// with its reason (a catalogue message naming the file and, where known, sheet and cell).
// Pure: bytes in. Safe on hostile files: the .xlsx reader enforces size, entry, ratio,
// DOCTYPE and macro limits before anything is parsed.

import type { CriteriaSet, GroupId } from '../criteria/model';
import { UNIT_NAME_FIELD } from '../criteria/model';
import { groupNameOf, groupsOf } from '../criteria/groups';
import type { FilledForm } from '../form/api';
import { FormReadError } from '../form/errors';
import { readForm } from '../form/read';
import { a1 } from '../plan/address';
import type { Grid } from '../plan/grid';
import { scoreSet } from '../scoring/engine';
import { excelRound } from '../scoring/round';
import type { ScoreResult } from '../scoring/types';
import { decodeLegacyFonts } from './legacy-fonts';
import { cleanName } from './names';
import { isScoreFormula, setProfile, type SetProfile } from './set-profile';
import { msg, type Message } from '../messages';
import type { Inflater } from '../xlsx/inflate';
import type { ReadLimits } from '../xlsx/zip';
import type { Flag, RejectCode, Submission } from './types';

export interface SubmittedFile {
  name: string;
  bytes: Uint8Array;
  /** When the file was last modified (ISO), if known. */
  modified?: string;
  /**
   * The file's size on disk when `bytes` were not read because it is larger than the reader
   * accepts (a huge or sparse file is refused by its size, never loaded).
   */
  size?: number;
  /**
   * The SHA-256 of `bytes` (lower-case hex) when the caller has a native hasher (the command
   * line); otherwise the reader computes it with @noble/hashes. Same digest either way.
   */
  sha256?: string;
}

export interface SubmissionOptions {
  /** Accept only forms of this group / year (the consolidator's restriction). */
  group?: GroupId;
  year?: number;
  limits?: Partial<ReadLimits>;
  /** Unzips the file's parts; the pure inflater unless given (the command line gives Node's zlib). */
  inflate?: Inflater;
}

/** Why a file or sheet is refused; caught where the rejection is reported. */
export class Rejected extends Error {
  constructor(
    readonly code: RejectCode,
    /** Why, as the user reads it. */
    readonly text: Message,
  ) {
    super(text.code);
  }
}

/** The name of a group code as the given sets name it (the code when none does). */
const groupName = (code: GroupId, sets: readonly CriteriaSet[]) => groupNameOf(code, groupsOf(sets));

function identify(found: { setId: string; version: string }, sets: readonly CriteriaSet[], opts: SubmissionOptions): SetProfile {
  const set = sets.find((s) => s.id === found.setId);
  if (!set) {
    throw new Rejected('unknownSet', msg('intake.unknownSet', { set: found.setId, known: sets.map((s) => s.id) }));
  }
  const profile = setProfile(set);
  if (found.version !== profile.version) {
    throw new Rejected('otherVersion', msg('intake.otherVersion', { found: found.version, set: set.id, expected: profile.version }));
  }
  if (opts.group !== undefined && set.group !== opts.group) {
    const accepted = { accepted: opts.group, acceptedName: groupName(opts.group, sets) };
    throw new Rejected('otherGroup', msg('intake.otherGroup', { group: set.group, groupName: set.groupName, ...accepted }));
  }
  if (opts.year !== undefined && set.year !== opts.year) {
    throw new Rejected('otherYear', msg('intake.otherYear', { year: String(set.year), accepted: String(opts.year) }));
  }
  return profile;
}

function readFilled(sheet: Grid, set: CriteriaSet): FilledForm {
  try {
    return readForm(sheet, set);
  } catch (e) {
    if (e instanceof FormReadError) throw new Rejected('damagedForm', e.localized);
    throw e;
  }
}

function unitNameOf(form: FilledForm): string {
  const raw = form.inputs[UNIT_NAME_FIELD];
  const name = typeof raw === 'string' || typeof raw === 'number' ? cleanName(String(raw)) : '';
  if (!name) {
    const at = form.map.valueCell[UNIT_NAME_FIELD];
    const sheet = form.map.sheetName;
    throw new Rejected('noUnitName', at ? msg('intake.noUnitNameAt', { sheet, cell: a1(at.row, at.col) }) : msg('intake.noUnitName', { sheet }));
  }
  return name;
}

/** Flags of every criterion: formula typed over, self-score differing, evidence and input problems. */
export function criterionFlags(profile: SetProfile, form: FilledForm, score: ScoreResult): Flag[] {
  const flags: Flag[] = [];
  const precision = profile.set.precision;
  for (const c of score.criteria) {
    const formula = form.scoreFormulas[c.code];
    if (formula === undefined || !isScoreFormula(profile, c.code, formula)) {
      const at = form.map.scoreCell[c.code];
      const text = at ? msg('intake.formulaOverwrittenAt', { criterion: c.code, cell: a1(at.row, at.col) }) : msg('intake.formulaOverwritten', { criterion: c.code });
      flags.push({ kind: 'formulaOverwritten', criterionCode: c.code, message: text });
    }
    const cached = form.cached.criteria[c.code];
    const differs = typeof cached === 'number' ? excelRound(cached, precision) !== c.points : cached !== null && cached !== '';
    if (differs) {
      const self = typeof cached === 'number' ? cached : String(cached);
      flags.push({ kind: 'scoreMismatch', criterionCode: c.code, message: msg('intake.scoreMismatch', { criterion: c.code, self, points: c.points }) });
    }
  }
  for (const p of score.problems) {
    flags.push({
      kind: p.kind === 'evidenceMissing' ? 'evidenceMissing' : 'input',
      ...(p.criterionCode === undefined ? {} : { criterionCode: p.criterionCode }),
      ...(p.fieldId === undefined ? {} : { fieldId: p.fieldId }),
      message: p.message,
    });
  }
  return flags;
}

/** Where a submission came from: its name in the log and its data version. */
export interface SubmissionSource {
  fileName: string;
  hash: string;
  modified?: string;
}

/**
 * One identified form sheet -> the submission: set, version, group and year checked, the form
 * read, the unit named, the inputs scored and flagged. Throws Rejected. Shared by submitted
 * files and by form sheets already in the master; `source` gives the name and data version
 * (a file's hash, or a hash of the sheet's content).
 */
export function acceptForm(
  sheet: Grid,
  identity: { setId: string; version: string },
  sets: readonly CriteriaSet[],
  opts: SubmissionOptions,
  source: (form: FilledForm, profile: SetProfile) => SubmissionSource,
): Submission {
  const profile = identify(identity, sets, opts);
  const set = profile.set;
  const { form, flags: fontFlags } = decodeLegacyFonts(readFilled(sheet, set));
  const { fileName, hash, modified } = source(form, profile);
  const unitName = unitNameOf(form);
  const score = scoreSet(set, form.inputs, { evidence: form.evidence });
  return {
    fileName,
    hash,
    ...(modified === undefined ? {} : { modified }),
    setId: set.id,
    version: profile.version,
    group: set.group,
    year: set.year,
    unitName,
    sheetName: sheet.name,
    inputs: form.inputs,
    evidence: form.evidence,
    notes: form.notes,
    selfScores: form.cached.criteria,
    selfTotal: form.cached.total,
    flags: [...fontFlags, ...criterionFlags(profile, form, score)],
  };
}
