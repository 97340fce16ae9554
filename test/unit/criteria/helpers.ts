// Helpers for criteria tests: fresh copies of built-in sets and lookups by code.

import { render } from '../../../src/messages/texts';
import { findBuiltinSet } from '../../../src/sets/builtin';
import { validateSet } from '../../../src/sets/validate';
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

/** validateSet with every issue's text as Vietnamese and English strings (catalogue messages rendered). */
export function validatedWithTexts(value: unknown) {
  const { set, issues } = validateSet(value);
  return {
    set,
    issues: issues.map((issue) => ({
      path: issue.path,
      code: issue.code,
      severity: issue.severity,
      message: render('vi', issue.text),
      messageEn: render('en', issue.text),
    })),
  };
}
