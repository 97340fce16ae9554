// The leaf checkers the structure of a set is built from: texts, ids, numbers, booleans,
// dates, one of a few words, lists and objects of a known shape. Each reports a catalogue
// message (area `sets`) at the path of the value it checks.

import { msg, type Message } from '../../messages';
import { suggest } from '../../util/suggest';
import { childPath, IssueList } from './issues';

export type Checker = (value: unknown, path: string, issues: IssueList) => void;

export interface Property {
  required: boolean;
  check: Checker;
}

export type Shape = Record<string, Property>;

export const required = (check: Checker): Property => ({ required: true, check });
export const optional = (check: Checker): Property => ({ required: false, check });

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty text; with a pattern, an identifier whose form `form` says. */
export function text(pattern?: { regex: RegExp; form: Message }): Checker {
  return (value, path, issues) => {
    if (typeof value !== 'string') return issues.report('error', path, msg('sets.notString'));
    if (value.trim() === '') return issues.report('error', path, msg('sets.emptyString'));
    if (pattern && !pattern.regex.test(value)) return issues.report('error', path, msg('sets.badId', { value, form: pattern.form }));
    if (value !== value.normalize('NFC')) issues.report('warning', path, msg('sets.notNfc'));
  };
}

export interface NumberOptions {
  integer?: boolean;
  min?: number;
  max?: number;
  /** A maximum of points: below 0 is reported as such. */
  maximum?: boolean;
}

export function number(options: NumberOptions = {}): Checker {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return issues.report('error', path, msg('sets.notNumber'));
    if (options.integer && !Number.isInteger(value)) return issues.report('error', path, msg('sets.notInteger', { value }));
    if (options.min !== undefined && value < options.min) {
      return issues.report('error', path, options.maximum ? msg('sets.negativeMax', { value }) : msg('sets.outOfRange.min', { min: options.min, value }));
    }
    if (options.max !== undefined && value > options.max) issues.report('error', path, msg('sets.outOfRange.max', { max: options.max, value }));
  };
}

/** A number of points that may not be negative. */
export const maximum = number({ min: 0, maximum: true });

export const boolean: Checker = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.report('error', path, msg('sets.notBoolean'));
};

/** One of `values`; `code` is the issue's code (e.g. 'unknownRuleKind'), `what` names the thing. */
export function oneOf(values: readonly string[], code: string, what: Message): Checker {
  return (value, path, issues) => {
    if (typeof value === 'string' && values.includes(value)) return;
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    const guess = typeof value === 'string' ? suggest(value, values) : undefined;
    const text = guess ? msg('sets.unknownName', { what, value: shown, guess }) : msg('sets.unknownName.list', { what, value: shown, values: values.join(', ') });
    issues.report('error', path, text, code);
  };
}

export function list(item: Checker): Checker {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return issues.report('error', path, msg('sets.notArray'));
    value.forEach((element, index) => item(element, childPath(path, index), issues));
  };
}

export function object(shape: Shape, what: Message): Checker {
  return (value, path, issues) => {
    if (!isRecord(value)) return issues.report('error', path, msg('sets.notObject', { what }));
    checkProperties(value, shape, path, issues);
  };
}

/** Every property of `shape`: required ones present, each checked; unknown ones warned about. */
export function checkProperties(value: Record<string, unknown>, shape: Shape, path: string, issues: IssueList): void {
  for (const [key, property] of Object.entries(shape)) {
    const at = childPath(path, key);
    if (value[key] === undefined) {
      if (property.required) issues.report('error', at, msg('sets.missingProperty', { name: key }));
    } else {
      property.check(value[key], at, issues);
    }
  }
  const known = Object.keys(shape);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = suggest(key, known);
    issues.report('warning', childPath(path, key), guess ? msg('sets.unknownProperty.guess', { name: key, guess }) : msg('sets.unknownProperty', { name: key }));
  }
}
