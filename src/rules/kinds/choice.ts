// choice: points by the label chosen in a choice field (by role: chairman full, deputy
// half); labels not listed give 0. Labels compare case-insensitively, as Excel's "=" does.

import { suggest } from '../../util/suggest';
import { largest } from '../compute';
import { atom, formulaNumber, isText } from '../formula-text';
import { msg } from '../../messages';
import type { KindModule } from '../kind';

export const choice: KindModule<'choice'> = {
  kind: 'choice',
  properties: {
    field: { type: 'choiceField', required: true, column: 'field' },
    points: { type: 'choicePoints', required: true, column: 'choice_points' },
  },
  guide: {
    vi: 'Theo lựa chọn: điểm theo nhãn được chọn trong trường kiểu choice; nhãn không ghi điểm được 0.',
    en: 'By choice: points by the label chosen in a choice field; unlisted labels give 0.',
    rows: [{ rule: 'choice', field: 'lanh_dao_phu_trach_cntt', choice_points: 'Chủ tịch:10; Phó chủ tịch:5' }],
  },
  check(rule, at) {
    const field = at.field(rule.field);
    if (field?.type !== 'choice') return;
    const labels = (field.choices ?? []).map((c) => c.label.normalize('NFC'));
    rule.points.forEach((entry, i) => {
      if (labels.includes(entry.label.normalize('NFC'))) return;
      const guess = suggest(entry.label, labels);
      const path = `${at.path}.points[${i}].label`;
      if (guess) at.error(path, msg('sets.unknownChoiceLabel.guess', { label: entry.label, field: rule.field, guess }));
      else at.error(path, msg('sets.unknownChoiceLabel', { label: entry.label, field: rule.field }));
    });
  },
  upperBound: (rule) => largest(rule.points.map((p) => p.points)),
  compile(rule) {
    const field = rule.field;
    const labels = rule.points.map((p) => p.label.toLowerCase());
    const points = rule.points.map((p) => p.points);
    return (inputs) => {
      const v = inputs[field];
      if (typeof v !== 'string') return 0;
      const index = labels.indexOf(v.toLowerCase());
      return index < 0 ? 0 : points[index];
    };
  },
  formula(rule, env) {
    const ref = env.ctx.fieldRef(rule.field);
    return atom(rule.points.reduceRight((otherwise, option) => `IF(${isText(ref, option.label)},${formulaNumber(option.points)},${otherwise})`, '0'));
  },
  sentence(rule, env) {
    const options = rule.points.map((p) => `“${p.label}”: ${env.number(p.points)} điểm`);
    return `Theo ${env.label(rule.field)}: ${options.join('; ')}; lựa chọn khác: 0 điểm`;
  },
};
