// A form sheet already inside the master workbook (moved or copied there from a unit's file)
// -> a submission, as if its file had been imported. Its data version is the SHA-256 of what
// the sheet holds (set, version, inputs, evidence, notes), so the same sheet merged twice
// changes nothing and an edited sheet replaces the unit's earlier data. Pure: a Grid in.

import type { CriteriaSet } from '../criteria/model';
import { canonicalJson } from '../criteria/version';
import { findFormIdentity } from '../form/read';
import type { Grid } from '../plan/grid';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { acceptForm, Rejected, type SubmissionOptions } from './submission';
import type { RejectCode, SubmissionResult } from './types';
import { msg, type Message } from '../messages';

/** How a sheet stands for a file in the import log and in messages ("Trang Xã Hy Cương"). */
export function sheetSourceName(sheet: string): string {
  return `Trang ${sheet}`;
}

function rejected(name: string, hash: string | undefined, code: RejectCode, detail: Message): SubmissionResult {
  const message = msg('intake.masterSheetRejected', { sheet: name, detail });
  return { ok: false, rejection: { fileName: sheetSourceName(name), ...(hash === undefined ? {} : { hash }), code, message } };
}

/**
 * Reads a form sheet of the open workbook against the master's criteria sets. Never throws for a
 * bad sheet: a sheet that is not a form, of an unknown set or version, of another group or year,
 * damaged or without a unit name gives a rejection naming the sheet (and the cell, when known).
 */
export function submissionFromGrid(grid: Grid, sets: readonly CriteriaSet[], opts: SubmissionOptions = {}): SubmissionResult {
  const identity = findFormIdentity(grid);
  let hash: string | undefined;
  try {
    if (!identity) {
      throw new Rejected('notAForm', msg('intake.sheetNotAForm'));
    }
    const submission = acceptForm(grid, identity, sets, opts, (form, profile) => {
      hash = bytesToHex(sha256(canonicalJson({ setId: profile.set.id, version: profile.version, inputs: form.inputs, evidence: form.evidence, notes: form.notes })));
      return { fileName: sheetSourceName(grid.name), hash };
    });
    return { ok: true, submission };
  } catch (e) {
    if (!(e instanceof Rejected)) throw e;
    return rejected(grid.name, hash, e.code, e.text);
  }
}
