// What a rule can give at most, and which fields it reads: what the set validator needs
// to check maxima and field types without evaluating anything.

import type { Operand, Rule } from '../criteria/model';

/** How a rule reads a field. */
export type FieldRole = 'number' | 'yesno' | 'choice';

export interface FieldUse {
  field: string;
  role: FieldRole;
}

function largest(values: number[]): number {
  return values.length === 0 ? 0 : Math.max(...values);
}

/** The most points `rule` can give (before the criterion clamp); `max` is the criterion maximum. */
export function ruleUpperBound(rule: Rule, max: number): number {
  const bound = (r: Rule): number => ruleUpperBound(r, max);
  switch (rule.kind) {
    case 'ratio':
    case 'cohort':
      return Math.max(0, rule.points ?? max);
    case 'steps':
      return Math.max(0, largest(rule.steps.map((s) => s.points)));
    case 'yesno':
      return Math.max(0, rule.points);
    case 'tiers': {
      const sum = rule.items.reduce((total, item) => total + Math.max(0, item.points), 0);
      return rule.cap === undefined ? sum : Math.min(rule.cap, sum);
    }
    case 'choice':
      return Math.max(0, largest(rule.points.map((p) => p.points)));
    case 'count':
      return rule.each > 0 ? rule.cap : Math.min(rule.cap, 0);
    case 'best':
      return largest(rule.cases.map(bound));
    case 'max':
      return largest(rule.of.map(bound));
    case 'min':
      return rule.of.length === 0 ? 0 : Math.min(...rule.of.map(bound));
    case 'sum': {
      const sum = rule.of.reduce((total, r) => total + bound(r), 0);
      return rule.cap === undefined ? sum : Math.min(rule.cap, sum);
    }
    case 'when':
      return Math.max(0, bound(rule.then));
  }
}

function operandFields(operand: Operand): FieldUse[] {
  return 'field' in operand ? [{ field: operand.field, role: 'number' }] : [];
}

function usesOf(rule: Rule): FieldUse[] {
  switch (rule.kind) {
    case 'ratio':
      return [...operandFields(rule.num), ...operandFields(rule.den)];
    case 'steps':
      return operandFields(rule.of);
    case 'yesno':
      return [{ field: rule.field, role: 'yesno' }];
    case 'tiers':
      return rule.items.map((item) => ({ field: item.field, role: 'yesno' }));
    case 'choice':
      return [{ field: rule.field, role: 'choice' }];
    case 'count':
    case 'cohort':
      return [{ field: rule.field, role: 'number' }];
    case 'best':
      return rule.cases.flatMap(usesOf);
    case 'sum':
    case 'min':
    case 'max':
      return rule.of.flatMap(usesOf);
    case 'when':
      return [{ field: rule.field, role: 'yesno' }, ...usesOf(rule.then)];
  }
}

/** The fields `rule` reads and how, in rule order, each (field, role) pair once. */
export function fieldsOfRule(rule: Rule): FieldUse[] {
  const seen = new Set<string>();
  return usesOf(rule).filter((use) => {
    const key = `${use.role}:${use.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
