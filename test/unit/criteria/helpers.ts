// Helpers for criteria tests: fresh copies of built-in sets and lookups by code.

import { findBuiltinSet } from '../../../src/sets/builtin';
import type { CriteriaSet, Criterion } from '../../../src/criteria/model';

/** A deep, mutable copy of a built-in set. */
export function copyOf(id: string): CriteriaSet {
  const set = findBuiltinSet(id);
  if (!set) throw new Error(`no built-in set ${id}`);
  return JSON.parse(JSON.stringify(set)) as CriteriaSet;
}

/** The criterion with `code` and its JSON-path-like location. */
export function locate(set: CriteriaSet, code: string): { criterion: Criterion; path: string } {
  for (const [s, section] of set.sections.entries()) {
    for (const [c, criterion] of section.criteria.entries()) {
      if (criterion.code === code) return { criterion, path: `sections[${s}].criteria[${c}]` };
    }
  }
  throw new Error(`no criterion ${code} in ${set.id}`);
}
