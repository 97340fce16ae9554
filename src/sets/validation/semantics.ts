// Semantic checks of a structurally sound criteria set: unique codes and ids, every
// field a rule or check uses exists with a type the rule can score, maxima add up,
// no rule promises more than its criterion's max, bands cover the score range, and
// choice lists fit an Excel data-validation list.

import { UNIT_NAME_FIELD } from '../../criteria/model';
import type { Band, CriteriaSet, Criterion, FieldType, InputField, Rule, Section } from '../../criteria/model';
import type { PropertySpec, PropertyType } from '../../rules/kind';
import { kindModule } from '../../rules/registry';
import { childEntries, ownFieldUses, type FieldUse } from '../../rules/tree';
import { ruleUpperBound } from '../../rules/bounds';
import { checkAggregates } from './aggregates';
import { checkRoles } from './roles';
import { isNormalSection, normalCriteriaMax } from '../../criteria/roles';
import { checkCohortReferences } from './cohort-references';
import { childPath, IssueList } from './issues';
import { checkMaximaPrecision } from './maxima-precision';
import { suggest } from '../../util/suggest';
import { msg, type Message } from '../../messages';

const NUMERIC_TYPES: readonly FieldType[] = ['integer', 'decimal', 'percent', 'count'];
const YESNO_TYPES: readonly FieldType[] = ['yesno'];
const CHOICE_TYPES: readonly FieldType[] = ['choice'];
const SCORABLE_TYPES: readonly FieldType[] = [...NUMERIC_TYPES, 'yesno', 'choice'];
/** Excel limits the comma-joined source of a data-validation list to 255 characters. */
export const MAX_CHOICE_LIST_LENGTH = 255;
/** Sums of points are compared with this tolerance (decimal maxima such as 2.5). */
const EPSILON = 1e-9;

export function checkSemantics(set: CriteriaSet, issues: IssueList): void {
  const fields = indexFields(set, issues);
  const used = new Set<string>();
  checkGeneral(set, fields, issues);
  checkSections(set, fields, used, issues);
  checkBands(set.bands, set.maxTotal + (set.maxBonus ?? 0), issues);
  checkChecks(set, fields, used, issues);
  warnUnusedFields(set, used, issues);
  checkMaximaPrecision(set, issues);
  checkCohortReferences(set, issues);
  checkAggregates(set, issues);
  checkRoles(set, issues);
}

interface IndexedField {
  field: InputField;
  path: string;
}

function indexFields(set: CriteriaSet, issues: IssueList): Map<string, IndexedField> {
  const byId = new Map<string, IndexedField>();
  const visit = (field: InputField, path: string) => {
    const first = byId.get(field.id);
    if (first) {
      issues.report('error', childPath(path, 'id'), msg('setcheck.duplicateFieldId', { field: field.id, first: first.path }));
    } else {
      byId.set(field.id, { field, path });
    }
    checkField(field, path, issues);
  };
  set.generalFields.forEach((field, i) => visit(field, childPath('generalFields', i)));
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) =>
      criterion.fields.forEach((field, f) => visit(field, `sections[${s}].criteria[${c}].fields[${f}]`)),
    ),
  );
  return byId;
}

function checkField(field: InputField, path: string, issues: IssueList): void {
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
    issues.report('error', childPath(path, 'min'), msg('setcheck.minAboveMax', { min: field.min, max: field.max }));
  }
  if (field.type === 'percent' && field.max !== undefined && field.max > 1) {
    issues.report('warning', childPath(path, 'max'), msg('setcheck.percentAboveOne', { max: field.max }));
  }
  if (field.type === 'choice') {
    checkChoices(field, path, issues);
  } else if (field.choices !== undefined) {
    issues.report('warning', childPath(path, 'choices'), msg('setcheck.choicesIgnored'));
  }
}

function checkChoices(field: InputField, path: string, issues: IssueList): void {
  const choices = field.choices ?? [];
  if (choices.length === 0) {
    issues.report('error', childPath(path, 'choices'), msg('setcheck.missingChoices', { field: field.id }));
    return;
  }
  const seen = new Set<string>();
  choices.forEach((choice, i) => {
    const at = `${path}.choices[${i}].label`;
    const label = choice.label.normalize('NFC');
    if (label.includes(',')) {
      issues.report('error', at, msg('setcheck.commaInChoice', { label: choice.label }));
    }
    if (seen.has(label)) {
      issues.report('error', at, msg('setcheck.duplicateChoice', { label: choice.label }));
    }
    seen.add(label);
  });
  const length = choices.map((choice) => choice.label).join(',').length;
  if (length > MAX_CHOICE_LIST_LENGTH) {
    issues.report('error', childPath(path, 'choices'), msg('setcheck.choiceListTooLong', { length, limit: MAX_CHOICE_LIST_LENGTH }));
  }
}

function checkGeneral(set: CriteriaSet, fields: Map<string, IndexedField>, issues: IssueList): void {
  if (!set.generalFields.some((field) => field.id === UNIT_NAME_FIELD)) {
    issues.report('error', 'generalFields', msg('setcheck.missingUnitNameField', { field: UNIT_NAME_FIELD }));
  } else if (fields.get(UNIT_NAME_FIELD)?.field.type !== 'text') {
    issues.report('error', fields.get(UNIT_NAME_FIELD)?.path ?? 'generalFields', msg('setcheck.fieldTypeMismatch.unitName', { field: UNIT_NAME_FIELD }));
  }
  if (set.dataPeriod.from > set.dataPeriod.to) {
    issues.report('error', 'dataPeriod', msg('setcheck.badPeriod', { from: set.dataPeriod.from, to: set.dataPeriod.to }));
  }
  if (set.deadline !== undefined && set.deadline < set.dataPeriod.from) {
    issues.report('error', 'deadline', msg('setcheck.badDeadline', { deadline: set.deadline, from: set.dataPeriod.from }));
  }
}

// ---- sections, criteria and rules ----------------------------------------------------

function checkSections(set: CriteriaSet, fields: Map<string, IndexedField>, used: Set<string>, issues: IssueList): void {
  const sectionCodes = new Map<string, string>();
  const criterionCodes = new Map<string, string>();
  let total = 0;
  set.sections.forEach((section, s) => {
    const path = childPath('sections', s);
    noteUnique(sectionCodes, section.code, childPath(path, 'code'), (first) => msg('setcheck.duplicateSectionCode', { code: section.code, first }), issues);
    section.criteria.forEach((criterion, c) => {
      const at = `${path}.criteria[${c}]`;
      noteUnique(criterionCodes, criterion.code, childPath(at, 'code'), (first) => msg('setcheck.duplicateCriterionCode', { code: criterion.code, first }), issues);
      checkRule(criterion.rule, childPath(at, 'rule'), true, fields, used, issues);
      checkRuleBound(criterion, at, issues);
    });
    checkSectionMax(section, path, issues);
    if (isNormalSection(section)) total += section.max;
  });
  if (Math.abs(total - set.maxTotal) > EPSILON) {
    issues.report('error', 'maxTotal', msg('setcheck.totalMaxMismatch', { max: set.maxTotal, sum: round(total) }));
  }
}

function noteUnique(seen: Map<string, string>, code: string, path: string, duplicate: (first: string) => Message, issues: IssueList): void {
  const first = seen.get(code);
  if (first !== undefined) {
    issues.report('error', path, duplicate(first));
  } else {
    seen.set(code, path);
  }
}

function checkSectionMax(section: Section, path: string, issues: IssueList): void {
  if (section.criteria.length === 0) {
    issues.report('error', childPath(path, 'criteria'), msg('setcheck.emptySection', { section: section.code }));
    return;
  }
  if (!isNormalSection(section)) return; // a bonus or deduction section caps its items at its max
  const sum = normalCriteriaMax(section);
  if (sum < section.max - EPSILON) {
    issues.report('error', childPath(path, 'max'), msg('setcheck.sectionMaxUnreachable', { section: section.code, sum: round(sum), max: section.max }));
  } else if (sum > section.max + EPSILON) {
    issues.report('warning', childPath(path, 'max'), msg('setcheck.sectionMaxCapped', { section: section.code, sum: round(sum), max: section.max }));
  }
}

function checkRuleBound(criterion: Criterion, path: string, issues: IssueList): void {
  const upper = ruleUpperBound(criterion.rule, criterion.max);
  if (upper > criterion.max + EPSILON) {
    issues.report('error', childPath(path, 'rule'), msg('setcheck.ruleExceedsMax', { criterion: criterion.code, upper: round(upper), max: criterion.max }));
  } else if (upper < criterion.max - EPSILON) {
    issues.report('warning', childPath(path, 'rule'), msg('setcheck.ruleBelowMax', { criterion: criterion.code, upper: round(upper), max: criterion.max }));
  }
}

interface Expected {
  types: readonly FieldType[];
  /** What the field should be, as the message says it. */
  what: Message;
}

const NUMERIC: Expected = { types: NUMERIC_TYPES, what: msg('setcheck.expected.number') };
const EXPECTED: Record<FieldUse['expects'], Expected> = {
  number: NUMERIC,
  yesno: { types: YESNO_TYPES, what: msg('setcheck.expected.yesno') },
  choice: { types: CHOICE_TYPES, what: msg('setcheck.expected.choice') },
};

/** Property types that hold a list: an empty one is an error. */
const LISTS: readonly PropertyType[] = ['steps', 'yesnoItems', 'choicePoints', 'conditions', 'subindexItems', 'rules'];

/** A rule and its sub-rules: the fields they read exist with the right types, lists are not empty, each kind's own checks. */
function checkRule(rule: Rule, path: string, top: boolean, fields: Map<string, IndexedField>, used: Set<string>, issues: IssueList): void {
  const record = rule as unknown as Record<string, unknown>;
  for (const [name, spec] of Object.entries(kindModule(rule).properties as Record<string, PropertySpec>)) {
    const value = record[name];
    if (LISTS.includes(spec.type) && Array.isArray(value) && value.length === 0) emptyList(childPath(path, name), rule.kind, issues);
  }
  for (const use of ownFieldUses(rule)) {
    used.add(use.field);
    checkFieldUse(use.field, path + use.at, EXPECTED[use.expects], fields, issues);
  }
  kindModule(rule).check(rule, {
    path,
    top,
    field: (id) => fields.get(id)?.field,
    error: (at, text) => issues.report('error', at, text),
    warning: (at, text) => issues.report('warning', at, text),
  });
  for (const child of childEntries(rule)) checkRule(child.rule, path + child.at, false, fields, used, issues);
}

/** True when the field exists and has an expected type. */
function checkFieldUse(id: string, path: string, expected: Expected, fields: Map<string, IndexedField>, issues: IssueList): boolean {
  const found = fields.get(id);
  if (!found) {
    const guess = suggest(id, [...fields.keys()]);
    issues.report('error', path, guess ? msg('setcheck.unknownField.guess', { field: id, guess }) : msg('setcheck.unknownField', { field: id }));
    return false;
  }
  if (!expected.types.includes(found.field.type)) {
    issues.report('error', path, msg('setcheck.fieldTypeMismatch', { field: id, type: found.field.type, expected: expected.what }));
    return false;
  }
  return true;
}

function emptyList(path: string, kind: string, issues: IssueList): void {
  issues.report('error', path, msg('setcheck.emptyList', { kind }));
}

// ---- bands, checks, unused fields -----------------------------------------------------

function checkBands(bands: Band[], maxTotal: number, issues: IssueList): void {
  if (bands.length === 0) return;
  const labels = new Set<string>();
  bands.forEach((band, i) => {
    const path = childPath('bands', i);
    if (labels.has(band.label.normalize('NFC'))) {
      issues.report('error', childPath(path, 'label'), msg('setcheck.duplicateBand', { band: band.label }));
    }
    labels.add(band.label.normalize('NFC'));
    if (band.min > maxTotal) {
      issues.report('error', childPath(path, 'min'), msg('setcheck.bandAboveMax', { band: band.label, min: band.min, max: maxTotal }));
    }
    if (i === 0) return;
    const previous = bands[i - 1];
    if (band.min === previous.min) {
      issues.report('error', childPath(path, 'min'), msg('setcheck.duplicateBand.threshold', { band: band.label, min: band.min, previous: previous.label }));
    } else if (band.min > previous.min) {
      issues.report('error', childPath(path, 'min'), msg('setcheck.bandsUnordered', { band: band.label, min: band.min, previous: previous.label, previousMin: previous.min }));
    }
  });
  const last = bands[bands.length - 1];
  if (last.min !== 0) {
    issues.report('error', childPath(childPath('bands', bands.length - 1), 'min'), msg('setcheck.bandsNotFromZero', { band: last.label, min: last.min }));
  }
}

function checkChecks(set: CriteriaSet, fields: Map<string, IndexedField>, used: Set<string>, issues: IssueList): void {
  set.checks.forEach((check, i) => {
    for (const side of ['left', 'right'] as const) {
      used.add(check[side]);
      checkFieldUse(check[side], `checks[${i}].${side}`, NUMERIC, fields, issues);
    }
  });
}

function warnUnusedFields(set: CriteriaSet, used: Set<string>, issues: IssueList): void {
  set.sections.forEach((section, s) =>
    section.criteria.forEach((criterion, c) =>
      criterion.fields.forEach((field, f) => {
        if (!SCORABLE_TYPES.includes(field.type) || used.has(field.id)) return;
        issues.report('warning', `sections[${s}].criteria[${c}].fields[${f}]`, msg('setcheck.unusedField', { field: field.id }));
      }),
    ),
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
