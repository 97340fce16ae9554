// The messages of input problems (catalogue area `problem`): where the problem is, which field,
// the value as the user typed it (numbers bare, percent fields as percentages, text quoted,
// booleans as TRUE/FALSE) and what is expected. Surfaces render them in their language.

import type { Check, InputField, InputValue } from '../criteria/model';
import { msg, type Message } from '../messages';

/** Where a field or criterion sits: a criterion code, or the general-information block. */
export type Place = { criterionCode?: string };

function placeOf(place: Place): Message {
  return place.criterionCode === undefined ? msg('problem.place.general') : msg('problem.place.criterion', { criterion: place.criterionCode });
}

/** A value as a message shows it. */
export function valueMessage(v: InputValue | undefined, field: Pick<InputField, 'type'> | undefined): Message {
  if (typeof v === 'number') return field?.type === 'percent' ? msg('problem.value.percent', { value: v }) : msg('problem.value.number', { value: v });
  if (typeof v === 'boolean') return msg(v ? 'problem.value.true' : 'problem.value.false');
  return msg('problem.value.text', { text: v ?? '' });
}

export function missingText(place: Place, field: InputField): Message {
  return msg('problem.missing', { place: placeOf(place), field: field.label });
}

export function notANumberText(place: Place, field: InputField, v: InputValue): Message {
  return msg('problem.notANumber', { place: placeOf(place), field: field.label, value: valueMessage(v, field) });
}

export function notWholeText(place: Place, field: InputField, v: number): Message {
  return msg('problem.notWhole', { place: placeOf(place), field: field.label, value: valueMessage(v, field) });
}

export function outOfBoundsText(place: Place, field: InputField, v: number, min: number | undefined, max: number | undefined): Message {
  const shown = { place: placeOf(place), field: field.label, value: valueMessage(v, field) };
  if (min !== undefined && max !== undefined) {
    return msg('problem.outOfBounds.between', { ...shown, min: valueMessage(min, field), max: valueMessage(max, field) });
  }
  if (min !== undefined) return msg('problem.outOfBounds.atLeast', { ...shown, min: valueMessage(min, field) });
  return msg('problem.outOfBounds.atMost', { ...shown, max: valueMessage(max ?? 0, field) });
}

export function invalidChoiceText(place: Place, field: InputField, v: InputValue, labels: string[]): Message {
  return msg('problem.invalidChoice', { place: placeOf(place), field: field.label, labels, value: valueMessage(v, field) });
}

/** A ratio's part greater than its whole, e.g. staff with a computer > staff. */
export function partExceedsWholeText(place: Place, part: InputField, partValue: number, whole: InputField, wholeValue: number): Message {
  return msg('problem.partExceedsWhole', {
    place: placeOf(place),
    part: part.label,
    partValue: valueMessage(partValue, part),
    whole: whole.label,
    wholeValue: valueMessage(wholeValue, whole),
  });
}

const OPERATOR: Record<Check['op'], Message> = {
  '<=': msg('problem.op.atMost'),
  '>=': msg('problem.op.atLeast'),
  '<': msg('problem.op.less'),
  '>': msg('problem.op.greater'),
  '=': msg('problem.op.equal'),
};

/** A failed check of the set: the author's (Vietnamese) sentence, with the values compared. */
export function failedCheckText(
  place: Place,
  check: Check,
  left: InputField | undefined,
  leftValue: number,
  right: InputField | undefined,
  rightValue: number,
): Message {
  return msg('problem.checkFailed', {
    place: placeOf(place),
    authored: check.message,
    left: left?.label ?? check.left,
    leftValue: valueMessage(leftValue, left),
    op: OPERATOR[check.op],
    right: right?.label ?? check.right,
    rightValue: valueMessage(rightValue, right),
  });
}

export function evidenceMissingText(place: Place): Message {
  return msg('problem.evidenceMissing', { place: placeOf(place) });
}
