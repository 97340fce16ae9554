// Data validation and conditional formats of a range.

import { fail } from '../errors';
import { contains, intersects, type Rect } from '../rect';
import type { ConditionalFormatState, SheetState, ValidationState } from '../sheet-state';
import { BaseHost, booleanArg, colorArg, oneOf, type Host } from './base';

const RULE_KINDS = ['list', 'wholeNumber', 'decimal', 'textLength', 'date', 'time', 'custom'] as const;
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'] as const;

function plainObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('InvalidArgument', `${what} must be an object.`);
  return value as Record<string, unknown>;
}

function checkRule(value: unknown): Record<string, unknown> {
  const rule = plainObject(value, 'dataValidation.rule');
  const kinds = Object.keys(rule);
  if (kinds.length !== 1) fail('InvalidArgument', 'A data validation rule has exactly one kind.');
  const kind = oneOf(kinds[0], RULE_KINDS, 'rule kind');
  const body = plainObject(rule[kind], `rule.${kind}`);
  if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '') fail('InvalidArgument', 'A list rule needs a source.');
    if (body.source.length > 255) fail('InvalidArgument', 'A list source is at most 255 characters.');
  } else if (kind === 'wholeNumber' || kind === 'decimal') {
    const op = oneOf(body.operator, OPERATORS, 'operator');
    const needsTwo = op === 'Between' || op === 'NotBetween';
    for (const [k, required] of [['formula1', true], ['formula2', needsTwo]] as const) {
      const v = body[k];
      if (v === undefined ? required : typeof v !== 'number' && typeof v !== 'string') fail('InvalidArgument', `rule.${kind}.${k} is missing or invalid.`);
    }
  } else {
    fail('NotImplemented', `stand-in: ${kind} validation rules`);
  }
  return JSON.parse(JSON.stringify(rule));
}

export class DataValidationHost extends BaseHost {
  readonly type = 'DataValidation';

  constructor(private readonly sheet: SheetState, private readonly rect: Rect) {
    super();
  }

  override get(name: string): unknown {
    const v = this.current();
    switch (name) {
      case 'rule': return v?.rule ?? null;
      case 'errorAlert': return v?.errorAlert ?? null;
      case 'prompt': return v?.prompt ?? null;
      case 'ignoreBlanks': return v?.ignoreBlanks ?? true;
      default: return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    this.sheet.assertFormattable('never');
    switch (name) {
      case 'rule': {
        const rule = checkRule(value);
        this.sheet.validations = this.sheet.validations.filter((v) => !intersects(v.rect, this.rect));
        this.sheet.validations.push({ rect: this.rect, rule, ignoreBlanks: true });
        return;
      }
      case 'errorAlert': this.requireRule().errorAlert = { ...plainObject(value, 'errorAlert') }; return;
      case 'prompt': this.requireRule().prompt = { ...plainObject(value, 'prompt') }; return;
      case 'ignoreBlanks': this.requireRule().ignoreBlanks = booleanArg(value, 'ignoreBlanks'); return;
      default: return super.set(name, value);
    }
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'clear') return super.call(name, args);
    this.sheet.assertFormattable('never');
    this.sheet.validations = this.sheet.validations.filter((v) => !intersects(v.rect, this.rect));
    return undefined;
  }

  private current(): ValidationState | undefined {
    return this.sheet.validations.find((v) => contains(v.rect, this.rect.row, this.rect.col));
  }

  private requireRule(): ValidationState {
    const v = this.sheet.validations.find((x) => x.rect.row === this.rect.row && x.rect.col === this.rect.col && x.rect.rows === this.rect.rows && x.rect.cols === this.rect.cols);
    return v ?? fail('InvalidOperation', 'Set dataValidation.rule before its alert, prompt or ignoreBlanks.');
  }
}

export class ConditionalFormatCollectionHost extends BaseHost {
  readonly type = 'ConditionalFormatCollection';

  constructor(private readonly sheet: SheetState, private readonly rect: Rect) {
    super();
  }

  override call(name: string, args: unknown[]): Host | undefined {
    if (name !== 'add') return super.call(name, args);
    if (args[0] !== 'Custom') fail('NotImplemented', `stand-in: conditional format type ${String(args[0])}`);
    this.sheet.assertFormattable('never');
    const state: ConditionalFormatState = { rect: this.rect, type: 'Custom' };
    this.sheet.conditionalFormats.push(state);
    return new ConditionalPartHost('ConditionalFormat', state);
  }
}

/** ConditionalFormat and its custom rule/format parts: all views of one conditional format. */
class ConditionalPartHost extends BaseHost {
  constructor(readonly type: string, private readonly state: ConditionalFormatState) {
    super();
  }

  override get(name: string): unknown {
    if (this.type === 'ConditionalFormat' && name === 'type') return this.state.type;
    return super.get(name);
  }

  override nav(name: string): Host {
    const next: Record<string, Record<string, string>> = {
      ConditionalFormat: { custom: 'CustomConditionalFormat' },
      CustomConditionalFormat: { rule: 'ConditionalFormatRule', format: 'ConditionalRangeFormat' },
      ConditionalRangeFormat: { fill: 'ConditionalRangeFill' },
    };
    const type = next[this.type]?.[name];
    return type ? new ConditionalPartHost(type, this.state) : super.nav(name);
  }

  override set(name: string, value: unknown): void {
    if (this.type === 'ConditionalFormatRule' && name === 'formula') {
      if (typeof value !== 'string' || !value.startsWith('=')) fail('InvalidArgument', 'A conditional format formula starts with "=".');
      this.state.formula = value;
      return;
    }
    if (this.type === 'ConditionalRangeFill' && name === 'color') {
      this.state.fill = colorArg(value, 'conditional fill');
      return;
    }
    super.set(name, value);
  }
}
