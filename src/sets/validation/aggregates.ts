// Cascade aggregates: a field computed from the forms of a lower group must name the lower
// field when its operation reads one, must hold a number, and must not feed on its own group.

import type { CriteriaSet, FieldType, InputField } from '../../criteria/model';
import { IssueList } from './issues';

const NUMERIC_TYPES: readonly FieldType[] = ['integer', 'decimal', 'percent', 'count'];
const OPS_WITHOUT_FIELD = ['count', 'averageTotal'];

export function checkAggregates(set: CriteriaSet, issues: IssueList): void {
  set.generalFields.forEach((field, i) => checkAggregate(set, field, `generalFields[${i}]`, issues));
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) =>
      criterion.fields.forEach((field, f) => checkAggregate(set, field, `sections[${s}].criteria[${c}].fields[${f}]`, issues)),
    ),
  );
}

function checkAggregate(set: CriteriaSet, field: InputField, path: string, issues: IssueList): void {
  const aggregate = field.aggregate;
  if (!aggregate) return;
  const at = `${path}.aggregate`;
  const needsField = !OPS_WITHOUT_FIELD.includes(aggregate.op);
  if (needsField && aggregate.field === undefined) {
    issues.error(`${at}.field`, 'aggregateFieldMissing', `phép tổng hợp '${aggregate.op}' cần tên trường của cấp dưới (ví dụ ${aggregate.fromGroup}:${aggregate.op}:ma_truong)`, `aggregate '${aggregate.op}' needs the lower-level field (e.g. ${aggregate.fromGroup}:${aggregate.op}:field_id)`);
  } else if (!needsField && aggregate.field !== undefined) {
    issues.warning(`${at}.field`, 'aggregateFieldIgnored', `phép tổng hợp '${aggregate.op}' không dùng trường của cấp dưới; '${aggregate.field}' sẽ bị bỏ qua`, `aggregate '${aggregate.op}' reads no lower-level field; '${aggregate.field}' is ignored`);
  }
  if (aggregate.fromGroup === set.group) {
    issues.error(`${at}.fromGroup`, 'aggregateOwnGroup', `trường '${field.id}' không thể tổng hợp từ chính nhóm '${set.group}' của bộ tiêu chí; hãy chọn nhóm cấp dưới`, `field '${field.id}' cannot aggregate from the set's own group '${set.group}'; name a lower group`);
  }
  if (!NUMERIC_TYPES.includes(field.type)) {
    issues.error(at, 'aggregateFieldType', `trường tổng hợp '${field.id}' phải có kiểu số (integer, decimal, percent, count), đang là '${field.type}'`, `aggregated field '${field.id}' must be numeric (integer, decimal, percent, count), got '${field.type}'`);
  }
}
