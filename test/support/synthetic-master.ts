// A master state of many units without reading many files: one real form of the set is read,
// then its submission is repeated under distinct unit names, file names, hashes and random
// (seeded) inputs, and merged as `rank` merges. For scale tests and the bench: the master's
// writer and reader see the same shapes as with real forms, at a fraction of the cost.

import type { CriteriaSet } from '../../src/criteria/model';
import { emptyMaster, mergeSubmissions, readSubmission } from '../../src/consolidate';
import type { MasterState, SubmissionResult } from '../../src/consolidate/types';
import { filledFormBytes, randomInputs, rng } from './submissions';

/** The set cut to its first two criteria (no checks): a small form, the same master around it. */
export function smallSet(set: CriteriaSet): CriteriaSet {
  const first = set.sections[0];
  const criteria = first.criteria.slice(0, 2);
  const max = criteria.reduce((t, c) => t + c.max, 0);
  return { ...set, id: `${set.id}-nho`, sections: [{ ...first, max, criteria }], maxTotal: max, checks: [] };
}

/** A distinct 64-hex-digit "hash" for the i-th synthetic file. */
const hashOf = (i: number) => i.toString(16).padStart(64, '0');

/** `count` accepted submissions of `set`, of units named `${prefix} 1…count`. */
export function syntheticResults(set: CriteriaSet, count: number, prefix = 'Xã Thử'): SubmissionResult[] {
  const random = rng(count);
  const first = readSubmission({ name: 'mau.xlsx', bytes: filledFormBytes(set, randomInputs(set, `${prefix} 1`, random)) }, [set]);
  if (!first.ok) throw new Error(`the sample form of ${set.id} was rejected`);
  const results: SubmissionResult[] = [];
  for (let i = 1; i <= count; i++) {
    const unitName = `${prefix} ${i}`;
    const submission = { ...first.submission, unitName, fileName: `xa-${i}.xlsx`, hash: hashOf(i), inputs: randomInputs(set, unitName, random) };
    results.push({ ok: true, submission });
  }
  return results;
}

/** The merged state of `count` units of `set` named `${prefix} 1…count`. */
export function syntheticMaster(set: CriteriaSet, count: number, prefix = 'Xã Thử'): MasterState {
  return mergeSubmissions(emptyMaster(), syntheticResults(set, count, prefix), '2026-01-01T00:00:00.000Z').state;
}
