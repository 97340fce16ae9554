// Lookups over the input fields of a criteria set: the general block and every criterion's fields.

import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, type CriteriaSet, type Criterion, type InputField } from './model';

/** Id of the "Không áp dụng" cell of a criterion: `na:<code>` (no authored field id has a ':'). */
export function notApplicableId(code: string): string {
  return `na:${code}`;
}

/**
 * The "Không áp dụng" cell of a criterion the set allows to be marked not applicable: a choice
 * with the one label NOT_APPLICABLE (blank = it applies). Derived from the criterion, not stored.
 */
export function notApplicableField(criterion: Criterion): InputField | undefined {
  if (!criterion.notApplicable) return undefined;
  return { id: notApplicableId(criterion.code), label: NOT_APPLICABLE_LABEL, type: 'choice', required: false, choices: [{ label: NOT_APPLICABLE }] };
}

/** What the unit enters for a criterion: its fields, then its "Không áp dụng" cell if allowed. */
export function criterionFields(criterion: Criterion): InputField[] {
  const na = notApplicableField(criterion);
  return na ? [...criterion.fields, na] : criterion.fields;
}

/** Every input field of the set: the general block first, then each criterion's, in order. */
export function allFields(set: CriteriaSet): InputField[] {
  const fields = [...set.generalFields];
  for (const section of set.sections) {
    for (const criterion of section.criteria) fields.push(...criterionFields(criterion));
  }
  return fields;
}

/** Fields by id (the first one wins if a malformed set repeats an id). */
export function fieldById(set: CriteriaSet): Map<string, InputField> {
  const byId = new Map<string, InputField>();
  for (const field of allFields(set)) if (!byId.has(field.id)) byId.set(field.id, field);
  return byId;
}

/** The criterion that owns each criterion field, by field id (general fields are absent). */
export function criterionOfField(set: CriteriaSet): Map<string, Criterion> {
  const owner = new Map<string, Criterion>();
  for (const section of set.sections) {
    for (const criterion of section.criteria) {
      for (const field of criterionFields(criterion)) if (!owner.has(field.id)) owner.set(field.id, criterion);
    }
  }
  return owner;
}
