// Lookups over the input fields of a criteria set: the general block and every criterion's fields.

import type { CriteriaSet, Criterion, InputField } from './model';

/** Every input field of the set: the general block first, then each criterion's, in order. */
export function allFields(set: CriteriaSet): InputField[] {
  const fields = [...set.generalFields];
  for (const section of set.sections) {
    for (const criterion of section.criteria) fields.push(...criterion.fields);
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
      for (const field of criterion.fields) if (!owner.has(field.id)) owner.set(field.id, criterion);
    }
  }
  return owner;
}
