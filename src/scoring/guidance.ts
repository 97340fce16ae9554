// The generated "cách tính điểm" of a criterion: its rule's sentence (through the rule's
// kind), with the set's field labels. Shown by describe and the pane, and on the form when
// the author wrote no guidance of their own.

import type { CriteriaSet, Criterion } from '../criteria/model';
import { fieldById } from '../criteria/fields';
import { ruleSentence } from '../rules/sentence';

/** "Điểm = …": how the criterion is scored, in Vietnamese, generated from its rule. */
export function criterionSentence(set: CriteriaSet, criterion: Criterion): string {
  return `${ruleSentence(criterion.rule, criterion.max, fieldById(set))}.`;
}
