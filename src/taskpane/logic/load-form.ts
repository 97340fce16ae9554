// A sheet's grid -> the pane's view of a form: which built-in set it belongs to, what was entered,
// the engine's problems for those entries, and whether the form's set version is the current one.

import { setVersion } from '../../criteria';
import { findBuiltinSet } from '../../sets';
import type { CriteriaSet } from '../../criteria/model';
import type { FilledForm } from '../../form/api';
import { findFormIdentity, readForm } from '../../form/read';
import type { Grid } from '../../plan/grid';
import { scoreSet } from '../../scoring';
import type { ScoreResult } from '../../scoring/types';

export interface LoadedForm {
  set: CriteriaSet;
  sheet: string;
  filled: FilledForm;
  /** The engine's result on the entered values: used for problems and progress, never shown as the sheet's points. */
  engine: ScoreResult;
  /** Set when the form's version differs from the built-in set's. */
  versionMismatch?: { found: string; builtin: string };
}

export type SheetReading =
  | { kind: 'form'; form: LoadedForm }
  | { kind: 'notForm' }
  | { kind: 'unknownSet'; sheet: string; setId: string };

// Module-level because it is a memo of a value derived from its key (a set is not changed once built).
const versions = new WeakMap<CriteriaSet, string>();

function versionOf(set: CriteriaSet): string {
  let version = versions.get(set);
  if (version === undefined) {
    version = setVersion(set);
    versions.set(set, version);
  }
  return version;
}

/** Recognises and reads a form sheet; throws the form reader's FormReadError when a form is damaged. */
export function readSheetAsForm(grid: Grid): SheetReading {
  const identity = findFormIdentity(grid);
  if (!identity) return { kind: 'notForm' };
  const set = findBuiltinSet(identity.setId);
  if (!set) return { kind: 'unknownSet', sheet: grid.name, setId: identity.setId };
  const filled = readForm(grid, set);
  const engine = scoreSet(set, filled.inputs, { evidence: filled.evidence });
  const builtin = versionOf(set);
  return {
    kind: 'form',
    form: {
      set,
      sheet: grid.name,
      filled,
      engine,
      ...(identity.version === builtin ? {} : { versionMismatch: { found: identity.version || '?', builtin } }),
    },
  };
}
