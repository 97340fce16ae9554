// Cascade aggregates: a field computed from the forms of a lower group must name the lower
// field when its operation reads one, must hold a number, and must not feed on its own group.

import type { CriteriaSet, FieldType, InputField } from '../../criteria/model';
import { msg } from '../../messages';
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
    issues.report('error', `${at}.field`, msg('setcheck.aggregateFieldMissing', { op: aggregate.op, group: aggregate.fromGroup }));
  } else if (!needsField && aggregate.field !== undefined) {
    issues.report('warning', `${at}.field`, msg('setcheck.aggregateFieldIgnored', { op: aggregate.op, field: aggregate.field }));
  }
  if (aggregate.fromGroup === set.group) {
    issues.report('error', `${at}.fromGroup`, msg('setcheck.aggregateOwnGroup', { field: field.id, group: set.group }));
  }
  if (!NUMERIC_TYPES.includes(field.type)) {
    issues.report('error', at, msg('setcheck.aggregateFieldType', { field: field.id, type: field.type }));
  }
}
