// level: `points` when every one of its conditions holds (a yes/no field is "Có", a number
// reaches a threshold, a choice holds a label). The rungs of `levels`, or alone "all of".

import type { Condition, Inputs } from '../../criteria/model';
import { atLeast, isYes, numberOf, textEquals, YES } from '../cell';
import { atom, formulaNumber, isText, numberRef, term, type FormulaContext } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule, SentenceEnv } from '../kind';

/** Whether one condition holds for a unit's inputs. */
export function conditionHolds(condition: Condition): (inputs: Inputs) => boolean {
  const { field, atLeast: threshold, equals } = condition;
  if (threshold !== undefined) return (inputs) => atLeast(numberOf(inputs[field]), threshold);
  if (equals !== undefined) return (inputs) => textEquals(inputs[field], equals);
  return (inputs) => isYes(inputs[field]);
}

/** Whether all the conditions hold (true for none). */
export function allHold(conditions: readonly Condition[]): (inputs: Inputs) => boolean {
  const tests = conditions.map(conditionHolds);
  return (inputs) => tests.every((test) => test(inputs));
}

/** One condition as a formula. */
export function conditionFormula(condition: Condition, ctx: FormulaContext): string {
  const ref = ctx.fieldRef(condition.field);
  if (condition.atLeast !== undefined) return `${numberRef(ref)}>=${term(condition.atLeast)}`;
  return isText(ref, condition.equals ?? YES);
}

/** All the conditions as a formula: the one, or AND(…) of several. */
function allFormula(conditions: readonly Condition[], ctx: FormulaContext): string {
  if (conditions.length === 1) return conditionFormula(conditions[0], ctx);
  return `AND(${conditions.map((c) => conditionFormula(c, ctx)).join(',')})`;
}

/** IF(all conditions, then, otherwise); just `then` when there is no condition (it always holds). */
export function ifAll(conditions: readonly Condition[], ctx: FormulaContext, then: string, otherwise: string): string {
  return conditions.length === 0 ? then : `IF(${allFormula(conditions, ctx)},${then},${otherwise})`;
}

/** "“Có cổng”, “Số dịch vụ” từ 10, “Mức độ” là “Toàn bộ”". */
export function conditionsSentence(conditions: readonly Condition[], env: SentenceEnv): string {
  return conditions
    .map((c) =>
      c.atLeast !== undefined ? `${env.label(c.field)} từ ${env.valueOf(c.field, c.atLeast)}` : `${env.label(c.field)} là “${c.equals ?? YES}”`,
    )
    .join(', ');
}

export const level: KindModule<'level'> = {
  kind: 'level',
  properties: {
    points: { type: 'points', required: true, column: 'points' },
    conditions: { type: 'conditions', required: true, column: 'conditions' },
    label: { type: 'text', required: false, column: 'label' },
  },
  guide: {
    vi: 'Đạt mức: được points điểm khi đạt mọi điều kiện (cột conditions, cách nhau bằng “;”: mã trường có/không → “Có”; ma_truong>=số; ma_truong=nhãn lựa chọn). Dùng làm các mức của levels, hoặc riêng lẻ.',
    en: 'A level: points when every condition holds (conditions column, separated by ";": a yes/no field id → "Có"; field>=number; field=choice label). The rungs of levels, or alone.',
    rows: [{ rule: 'level', points: 4, label: 'Đạt chuẩn', conditions: 'co_phong_may_chu; so_may_chu>=2' }],
  },
  check(rule, at) {
    rule.conditions.forEach((c, i) => {
      if (c.atLeast !== undefined && c.equals !== undefined) {
        at.error(`${at.path}.conditions[${i}]`, msg('sets.conditionTwoTests', { field: c.field }));
      }
    });
  },
  upperBound: (rule) => Math.max(0, rule.points),
  compile(rule) {
    const holds = allHold(rule.conditions);
    const points = rule.points;
    return (inputs) => (holds(inputs) ? points : 0);
  },
  formula: (rule, env) => atom(ifAll(rule.conditions, env.ctx, formulaNumber(rule.points), '0')),
  sentence: (rule, env) => `${rule.label ? `“${rule.label}” ` : ''}${env.number(rule.points)} điểm khi ${conditionsSentence(rule.conditions, env)}`,
};
