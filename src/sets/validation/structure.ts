// Structural checks of a criteria set read from JSON or a definition workbook: every
// property has the right type, required ones are present, ids and dates are well formed,
// rule kinds exist. Semantic checks (references, sums, bounds) run only on a set that
// passes these, so they can rely on the model's types.

import { LEGACY_GROUP_LEVELS } from '../../criteria/groups';
import { GROUP_LEVELS } from '../../criteria/model';
import type { Aggregate, CriteriaSet, FieldType, Check, NotApplicable, Role, RuleKind } from '../../criteria/model';
import { msg } from '../../messages';
import type { PropertySpec, PropertyType } from '../../rules/kind';
import { isRuleKind, KINDS, RULE_KINDS } from '../../rules/registry';
import { boolean, checkProperties, isRecord, list, maximum, number, object, oneOf, optional, required, text, type Checker, type Shape } from './checkers';
import { childPath, IssueList } from './issues';

export const FIELD_TYPES: readonly FieldType[] = ['integer', 'decimal', 'percent', 'yesno', 'choice', 'count', 'text', 'date'];
export const CHECK_OPS: readonly Check['op'][] = ['<=', '>=', '<', '>', '='];
export const AGGREGATE_OPS: readonly Aggregate['op'][] = ['count', 'countYes', 'shareYes', 'sum', 'average', 'averageTotal'];
export const MAX_PRECISION = 4;
export const ROLES: readonly Role[] = ['bonus', 'deduction'];
export const NOT_APPLICABLE_POLICIES: readonly NotApplicable['policy'][] = ['rescale', 'fixed'];

export const SET_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A group's code: short, lower-case ASCII, e.g. so, huyen, xa, so_2025. */
export const GROUP_CODE_PATTERN = /^[a-z][a-z0-9_]{0,19}$/;
export const FIELD_ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const SECTION_CODE_PATTERN = /^[0-9A-Za-z]+$/;
export const CRITERION_CODE_PATTERN = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks the shape of `value`; true when it has no structural error (warnings allowed). */
export function checkStructure(value: unknown, issues: IssueList): value is CriteriaSet {
  const before = issues.items.filter((issue) => issue.severity === 'error').length;
  object(setShape(value), msg('sets.what.set'))(value, '', issues);
  return issues.items.filter((issue) => issue.severity === 'error').length === before;
}

// ---- leaf checkers of this shape ------------------------------------------------------

const fieldId = text({ regex: FIELD_ID_PATTERN, form: msg('sets.form.fieldId') });
const groupCode = text({ regex: GROUP_CODE_PATTERN, form: msg('sets.form.groupCode') });
const criterionCode = text({ regex: CRITERION_CODE_PATTERN, form: msg('sets.form.criterionCode') });

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate: Checker = (value, path, issues) => {
  if (typeof value === 'string' && isIsoDate(value)) return;
  issues.report('error', path, msg('sets.badDate', { value: typeof value === 'string' ? value : JSON.stringify(value) }));
};

const role = oneOf(ROLES, 'unknownRole', msg('sets.what.role'));

/** { policy: 'rescale' } or { policy: 'fixed', points }. */
const notApplicable: Checker = (value, path, issues) => {
  const fixed = isRecord(value) && value.policy === 'fixed';
  const shape: Shape = {
    policy: required(oneOf(NOT_APPLICABLE_POLICIES, 'unknownPolicy', msg('sets.what.policy'))),
    points: fixed ? required(maximum) : optional(maximum),
  };
  object(shape, msg('sets.what.notApplicable'))(value, path, issues);
};

// ---- rules ---------------------------------------------------------------------------
// A rule's shape comes from its kind's module: each property's type (src/rules/kind.ts) has
// its checker here, so a property type without one is a compile error.

const operand: Checker = (value, path, issues) => {
  if (isRecord(value) && 'field' in value && !('value' in value)) {
    checkProperties(value, { field: required(fieldId) }, path, issues);
  } else if (isRecord(value) && 'value' in value && !('field' in value)) {
    checkProperties(value, { value: required(number()) }, path, issues);
  } else {
    issues.report('error', path, msg('sets.badOperand'));
  }
};

const ruleKind = oneOf(RULE_KINDS, 'unknownRuleKind', msg('sets.what.rule'));

const rule: Checker = (value, path, issues) => {
  if (!isRecord(value)) return issues.report('error', path, msg('sets.notObject', { what: msg('sets.what.scoringRule') }));
  const kind = value.kind;
  if (kind === undefined) return issues.report('error', childPath(path, 'kind'), msg('sets.missingProperty.kind'));
  if (typeof kind !== 'string' || !isRuleKind(kind)) {
    ruleKind(kind, childPath(path, 'kind'), issues);
    return;
  }
  checkProperties(value, { kind: required(ruleKind), ...ruleShape(kind) }, path, issues);
};

const PROPERTY_CHECKERS: Record<PropertyType, Checker> = {
  numberField: fieldId,
  yesnoField: fieldId,
  choiceField: fieldId,
  bestField: fieldId,
  operand,
  points: number(),
  maximum,
  reference: number({ min: 0 }),
  steps: list(object({ atLeast: required(number()), points: required(number()) }, msg('sets.what.step'))),
  yesnoItems: list(object({ field: required(fieldId), points: required(number()) }, msg('sets.what.yesnoItem'))),
  choicePoints: list(object({ label: required(text()), points: required(number()) }, msg('sets.what.choicePoints'))),
  text: text(),
  conditions: list(object({ field: required(fieldId), atLeast: optional(number()), equals: optional(text()) }, msg('sets.what.condition'))),
  subindexItems: list(
    object({ field: required(fieldId), weight: required(number()), target: optional(number()), best: optional(boolean) }, msg('sets.what.subindexItem')),
  ),
  rule: (value, path, issues) => rule(value, path, issues),
  rules: (value, path, issues) => list(rule)(value, path, issues),
};

/** The shape of a rule of `kind`: each declared property with its type's checker. */
function ruleShape(kind: RuleKind): Shape {
  const properties = KINDS[kind].properties as Record<string, PropertySpec>;
  const shape: Shape = {};
  for (const [name, spec] of Object.entries(properties)) shape[name] = { required: spec.required, check: PROPERTY_CHECKERS[spec.type] };
  return shape;
}

// ---- the set -------------------------------------------------------------------------

const FIELD_SHAPE: Shape = {
  id: required(fieldId),
  label: required(text()),
  type: required(oneOf(FIELD_TYPES, 'unknownFieldType', msg('sets.what.fieldType'))),
  unit: optional(text()),
  min: optional(number()),
  max: optional(number()),
  required: required(boolean),
  choices: optional(list(object({ label: required(text()) }, msg('sets.what.choice')))),
  help: optional(text()),
  aggregate: optional(
    object(
      {
        fromGroup: required(groupCode),
        op: required(oneOf(AGGREGATE_OPS, 'unknownAggregateOp', msg('sets.what.aggregateOp'))),
        field: optional(fieldId),
        values: optional(list(text())),
      },
      msg('sets.what.aggregate'),
    ),
  ),
};

const fields = list(object(FIELD_SHAPE, msg('sets.what.field')));

const CRITERION_SHAPE: Shape = {
  code: required(criterionCode),
  name: required(text()),
  guidance: optional(text()),
  max: required(maximum),
  evidenceRequired: required(boolean),
  fields: required(fields),
  rule: required(rule),
  role: optional(role),
  notApplicable: optional(notApplicable),
};

const SECTION_SHAPE: Shape = {
  code: required(text({ regex: SECTION_CODE_PATTERN, form: msg('sets.form.sectionCode') })),
  name: required(text()),
  max: required(maximum),
  criteria: required(list(object(CRITERION_SHAPE, msg('sets.what.criterion')))),
  role: optional(role),
  bonusMax: optional(maximum),
};

const LEGAL_BASIS_SHAPE: Shape = { decision: required(text()), date: required(isoDate), issuer: required(text()) };

const SET_SHAPE: Shape = {
  id: required(text({ regex: SET_ID_PATTERN, form: msg('sets.form.setId') })),
  title: required(text()),
  year: required(number({ integer: true, min: 2000, max: 2100 })),
  province: required(text()),
  legalBasis: required(object(LEGAL_BASIS_SHAPE, msg('sets.what.legalBasis'))),
  guidanceLetter: optional(object(LEGAL_BASIS_SHAPE, msg('sets.what.guidanceLetter'))),
  group: required(groupCode),
  groupName: required(text()),
  groupLevel: optional(oneOf(GROUP_LEVELS, 'unknownGroupLevel', msg('sets.what.groupLevel'))),
  formName: required(text()),
  issuingBody: required(text()),
  dataPeriod: required(object({ from: required(isoDate), to: required(isoDate) }, msg('sets.what.dataPeriod'))),
  deadline: optional(isoDate),
  sendTo: optional(text()),
  maxTotal: required(maximum),
  maxBonus: optional(maximum),
  precision: required(number({ integer: true, min: 0, max: MAX_PRECISION })),
  bands: required(list(object({ label: required(text()), min: required(number({ min: 0 })) }, msg('sets.what.band')))),
  generalFields: required(fields),
  sections: required(list(object(SECTION_SHAPE, msg('sets.what.section')))),
  checks: required(
    list(
      object(
        {
          left: required(fieldId),
          op: required(oneOf(CHECK_OPS, 'unknownOperator', msg('sets.what.operator'))),
          right: required(fieldId),
          message: required(text()),
          voids: optional(list(criterionCode)),
        },
        msg('sets.what.check'),
      ),
    ),
  ),
  provenance: required(
    object({ official: required(list(text())), reconstructed: required(list(text())), note: required(text()) }, msg('sets.what.provenance')),
  ),
};

/**
 * The set's shape: a group's level is required, except for the codes so / huyen / xa, whose
 * level sets written before groups were data imply (criteria/groups.ts).
 */
function setShape(value: unknown): Shape {
  const group = isRecord(value) ? value.group : undefined;
  if (typeof group === 'string' && LEGACY_GROUP_LEVELS.has(group)) return SET_SHAPE;
  return { ...SET_SHAPE, groupLevel: { ...SET_SHAPE.groupLevel, required: true } };
}
