// subindex: the ministry's DTI way — each value normalised to 0..1 (against a target or
// maximum, against the best unit of the group, or a yes/no as 0/1), weighted and averaged,
// times `points` (default the criterion max): points × Σ(w·n) / Σw.

import type { Inputs, SubindexItem } from '../../criteria/model';
import { isYes, numberOf, YES } from '../cell';
import { share } from '../compute';
import { atom, isText, numberRef, shareFormula, term, type FormulaContext } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule, SentenceEnv } from '../kind';

type Normaliser = (inputs: Inputs, best: (fieldId: string) => number) => number;

function normaliser(item: SubindexItem): Normaliser {
  const field = item.field;
  if (item.best) return (inputs, best) => share(numberOf(inputs[field]), best(field), 1);
  const target = item.target;
  if (target !== undefined) return (inputs) => share(numberOf(inputs[field]), target, 1);
  return (inputs) => (isYes(inputs[field]) ? 1 : 0);
}

function normalisedFormula(item: SubindexItem, ctx: FormulaContext): string {
  const ref = ctx.fieldRef(item.field);
  if (item.best) return shareFormula(numberRef(ref), numberRef(ctx.cohortBestRef(item.field)), undefined, 1).text;
  if (item.target !== undefined) return shareFormula(numberRef(ref), term(item.target), item.target, 1).text;
  return `IF(${isText(ref, YES)},1,0)`;
}

function itemSentence(item: SubindexItem, env: SentenceEnv): string {
  const against = item.best ? ' / giá trị cao nhất trong nhóm' : item.target !== undefined ? ` / ${env.valueOf(item.field, item.target)}` : ' (“Có” = 1)';
  return `${env.label(item.field)}${against} (trọng số ${env.number(item.weight)})`;
}

const totalWeight = (items: readonly SubindexItem[]): number => items.reduce((t, i) => t + i.weight, 0);

export const subindex: KindModule<'subindex'> = {
  kind: 'subindex',
  properties: {
    items: { type: 'subindexItems', required: true, column: 'items' },
    points: { type: 'maximum', required: false, column: 'points' },
  },
  guide: {
    vi: 'Chỉ số thành phần: mỗi giá trị được chuẩn hoá về 0–1 (ma_truong/chỉ_tiêu: giá trị ÷ chỉ tiêu, tối đa 1; ma_truong/best: giá trị ÷ giá trị cao nhất trong nhóm; trường có/không: “Có” = 1), nhân trọng số, lấy bình quân gia quyền rồi nhân points (trống = điểm tối đa). Cột items: “ma_truong/chỉ_tiêu:trọng_số; …”.',
    en: 'Sub-index: each value normalised to 0–1 (field/target: value ÷ target, at most 1; field/best: value ÷ the group’s best; a yes/no field: "Có" = 1), weighted and averaged, times points (blank = the max). items column: "field/target:weight; …".',
    rows: [{ rule: 'subindex', points: 20, items: 'ty_le_ho_so_truc_tuyen/1:2; so_csdl_chia_se/10:1; bang_thong_binh_quan/best:1; co_ke_hoach_cds:1' }],
  },
  check(rule, at) {
    rule.items.forEach((item, i) => {
      const path = `${at.path}.items[${i}]`;
      if (item.weight <= 0) at.error(`${path}.weight`, msg('sets.outOfRange.weight', { weight: item.weight }));
      if (item.target !== undefined && item.best) at.error(path, msg('sets.targetAndBest', { field: item.field }));
      else if (item.target !== undefined && item.target <= 0) at.error(`${path}.target`, msg('sets.outOfRange.target', { target: item.target }));
    });
  },
  upperBound: (rule, env) => Math.max(0, rule.points ?? env.max),
  compile(rule, env) {
    const parts = rule.items.map(normaliser);
    const weights = rule.items.map((i) => i.weight);
    const total = totalWeight(rule.items);
    const points = rule.points ?? env.max;
    return (inputs, best) => {
      if (parts.length === 0 || total <= 0) return 0;
      let sum = weights[0] * parts[0](inputs, best);
      for (let i = 1; i < parts.length; i++) sum += weights[i] * parts[i](inputs, best);
      return (sum / total) * points;
    };
  },
  formula(rule, env) {
    const total = totalWeight(rule.items);
    if (rule.items.length === 0 || total <= 0) return atom('0');
    const terms = rule.items.map((item) => `${term(item.weight)}*${normalisedFormula(item, env.ctx)}`).join('+');
    return atom(`(${terms})/${term(total)}*${term(rule.points ?? env.max)}`);
  },
  sentence: (rule, env) =>
    `Bình quân gia quyền các chỉ số chuẩn hoá về 0–1: ${rule.items.map((i) => itemSentence(i, env)).join('; ')}; × ${env.number(rule.points ?? env.max)} điểm`,
};
