// The inputs JSON's "notApplicable": ["4.1", …] — the criteria a unit marks "Không áp dụng",
// only where the set allows it (criterion.notApplicable); each becomes the criterion's
// "Không áp dụng" cell (na:<code>), as the form's drop-down would hold it.

import { notApplicableId } from '../criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet, type Inputs } from '../criteria/model';
import { msg, type Message } from '../messages';
import { suggest } from '../util/suggest';

/** An error of the inputs JSON (InputsJsonError of inputs-json.ts). */
interface NotApplicableError {
  path: string;
  text: Message;
}

/** Marks the listed criteria not applicable in `inputs`; problems land in `errors`. */
export function readNotApplicable(value: unknown, set: CriteriaSet, inputs: Inputs, errors: NotApplicableError[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((code) => typeof code !== 'string')) {
    errors.push({ path: 'notApplicable', text: msg('form.inputs.notApplicableList') });
    return;
  }
  const criteria = new Map(set.sections.flatMap((s) => s.criteria.map((c) => [c.code, c] as const)));
  for (const code of value as string[]) {
    const criterion = criteria.get(code);
    const path = `notApplicable.${code}`;
    if (!criterion) {
      const guess = suggest(code, [...criteria.keys()]);
      errors.push({ path, text: guess ? msg('form.inputs.unknownCriterionGuess', { code, guess }) : msg('form.inputs.unknownCriterion', { code }) });
    } else if (!criterion.notApplicable) errors.push({ path, text: msg('form.inputs.notApplicableNotAllowed', { code }) });
    else inputs[notApplicableId(code)] = NOT_APPLICABLE;
  }
}
