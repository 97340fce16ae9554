// "Cách tính điểm": the Vietnamese sentence that says how a rule scores, generated from the
// rule through its kind's module, with the set's field labels and Vietnamese numbers.

import type { InputField, Rule } from '../criteria/model';
import type { SentenceEnv } from './kind';
import { kindModule } from './registry';

/** A number as Vietnamese writes it: decimal comma, no exponent for the sizes used here. */
export function vietnameseNumber(n: number): string {
  return String(Number(n.toPrecision(12))).replace('.', ',');
}

/** The sentence of `rule`; `max` is the criterion maximum; fields give labels and units. */
export function ruleSentence(rule: Rule, max: number, fields: ReadonlyMap<string, InputField>): string {
  const env: SentenceEnv = {
    max,
    label: (id) => `“${fields.get(id)?.label ?? id}”`,
    number: vietnameseNumber,
    valueOf: (id, value) => (fields.get(id)?.type === 'percent' ? `${vietnameseNumber(value * 100)}%` : vietnameseNumber(value)),
    sub: (r) => ruleSentence(r, max, fields),
  };
  return kindModule(rule).sentence(rule, env);
}
