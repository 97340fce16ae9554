// Walking a rule tree through the kinds' property declarations: the sub-rules of a rule (its
// properties of type 'rule' and 'rules', in declaration order), every rule of a tree, and the
// fields a rule reads with the type of field it needs.

import type { Condition, Rule, SubindexItem } from '../criteria/model';
import type { PropertyType } from './kind';
import { kindModule } from './registry';

/** A field read by a rule, and what kind of field the rule needs there. */
export interface FieldUse {
  field: string;
  /** 'number' also for fields scored against the best unit (best: true). */
  expects: 'number' | 'yesno' | 'choice';
  /** The field is normalised to the best unit of the group; `reference` is the provisional best. */
  best?: { reference?: number };
  /** Where, relative to the rule: ".field", ".items[2].field"… */
  at: string;
}

type Value = unknown;

/** The fields one property of a rule reads (its own, not its sub-rules'). */
const FIELDS_OF: Record<PropertyType, (value: Value, at: string, rule: Rule) => FieldUse[]> = {
  numberField: (v, at) => [{ field: v as string, expects: 'number', at }],
  yesnoField: (v, at) => [{ field: v as string, expects: 'yesno', at }],
  choiceField: (v, at) => [{ field: v as string, expects: 'choice', at }],
  bestField: (v, at, rule) => [{ field: v as string, expects: 'number', best: { reference: (rule as { reference?: number }).reference }, at }],
  operand: (v, at) => ('field' in (v as object) ? [{ field: (v as { field: string }).field, expects: 'number', at: `${at}.field` }] : []),
  points: () => [],
  maximum: () => [],
  reference: () => [],
  steps: () => [],
  yesnoItems: (v, at) => (v as { field: string }[]).map((item, i) => ({ field: item.field, expects: 'yesno', at: `${at}[${i}].field` })),
  choicePoints: () => [],
  text: () => [],
  conditions: (v, at) =>
    (v as Condition[]).map((c, i) => ({ field: c.field, expects: c.atLeast !== undefined ? 'number' : c.equals !== undefined ? 'choice' : 'yesno', at: `${at}[${i}].field` })),
  subindexItems: (v, at) =>
    (v as SubindexItem[]).map((item, i) => ({
      field: item.field,
      expects: item.best || item.target !== undefined ? 'number' : 'yesno',
      ...(item.best ? { best: {} } : {}),
      at: `${at}[${i}].field`,
    })),
  rule: () => [],
  rules: () => [],
};

function declared(rule: Rule): [string, { type: PropertyType }][] {
  return Object.entries(kindModule(rule).properties as Record<string, { type: PropertyType }>);
}

/** The direct sub-rules of a rule, with the property path of each. */
export function childEntries(rule: Rule): { rule: Rule; at: string }[] {
  const out: { rule: Rule; at: string }[] = [];
  const record = rule as unknown as Record<string, unknown>;
  for (const [name, spec] of declared(rule)) {
    const value = record[name];
    if (value === undefined) continue;
    if (spec.type === 'rule') out.push({ rule: value as Rule, at: `.${name}` });
    if (spec.type === 'rules') (value as Rule[]).forEach((sub, i) => out.push({ rule: sub, at: `.${name}[${i}]` }));
  }
  return out;
}

/** The direct sub-rules of a rule. */
export function childRules(rule: Rule): Rule[] {
  return childEntries(rule).map((entry) => entry.rule);
}

/** The rule and all its sub-rules, depth first, in order. */
export function allRules(rule: Rule): Rule[] {
  return [rule, ...childRules(rule).flatMap(allRules)];
}

/** The fields the rule itself reads (not its sub-rules), in property order. */
export function ownFieldUses(rule: Rule): FieldUse[] {
  const record = rule as unknown as Record<string, unknown>;
  const out: FieldUse[] = [];
  for (const [name, spec] of declared(rule)) {
    const value = record[name];
    if (value !== undefined) out.push(...FIELDS_OF[spec.type](value, `.${name}`, rule));
  }
  return out;
}

/** The fields a whole rule tree reads, depth first, each use once. */
export function fieldUses(rule: Rule): FieldUse[] {
  return allRules(rule).flatMap(ownFieldUses);
}

/** The ids of the fields a rule tree reads, each once, in order. */
export function fieldsRead(rule: Rule): string[] {
  return [...new Set(fieldUses(rule).map((use) => use.field))];
}
