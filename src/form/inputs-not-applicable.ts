// The inputs JSON's "notApplicable": ["4.1", …] — the criteria a unit marks "Không áp dụng",
// only where the set allows it (criterion.notApplicable); each becomes the criterion's
// "Không áp dụng" cell (na:<code>), as the form's drop-down would hold it.

import { notApplicableId } from '../criteria/fields';
import { NOT_APPLICABLE, type CriteriaSet, type Inputs } from '../criteria/model';
import { msg, type Message } from '../messages';
import { render } from '../messages/texts';
import { suggest } from '../util/suggest';

/** An error of the inputs JSON (see inputs-json.ts), in both languages. */
interface LocalizedInputsError {
  path: string;
  message: string;
  messageEn: string;
}

function localized(path: string, text: Message): LocalizedInputsError {
  return { path, message: render('vi', text), messageEn: render('en', text) };
}

/** Marks the listed criteria not applicable in `inputs`; problems land in `errors`. */
export function readNotApplicable(value: unknown, set: CriteriaSet, inputs: Inputs, errors: LocalizedInputsError[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((code) => typeof code !== 'string')) {
    errors.push(localized('notApplicable', msg('form.inputs.notApplicableList')));
    return;
  }
  const criteria = new Map(set.sections.flatMap((s) => s.criteria.map((c) => [c.code, c] as const)));
  for (const code of value as string[]) {
    const criterion = criteria.get(code);
    const path = `notApplicable.${code}`;
    if (!criterion) {
      const guess = suggest(code, [...criteria.keys()]);
      errors.push(localized(path, guess ? msg('form.inputs.unknownCriterionGuess', { code, guess }) : msg('form.inputs.unknownCriterion', { code })));
    } else if (!criterion.notApplicable) errors.push(localized(path, msg('form.inputs.notApplicableNotAllowed', { code })));
    else inputs[notApplicableId(code)] = NOT_APPLICABLE;
  }
}
