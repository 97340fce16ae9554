// A scoring rule on one row of tieu_chi: its kind in the `rule` column and its parameters in
// plain columns. Which columns a kind reads, and as what, comes from its kind's property
// declarations (src/rules/kinds); how each property type is written in a cell is the table
// below. Reading builds the rule object (sub-rules are attached by the caller); writing is
// the inverse.

import type { Condition, Operand, Rule, RuleKind, SubindexItem } from '../criteria/model';
import type { PropertyType } from '../rules/kind';
import { isRuleKind } from '../rules/registry';
import { formatPairs, numberFromText, parseItems, parsePairs, type Pair } from './cells';
import { conditionFromText, conditionText, subindexItemFrom, subindexItemKey } from './item-cells';
import { CELL_FORMS, childSlots, PARAM_KEYS, ruleParams, type ParamKey, type ParamSpec } from './format';
import type { ReadOptions, SheetReader } from './reader';
import { msg, type Message } from '../messages';

export type RuleDraft = Record<string, unknown> & { kind: string };

type CellText = string | number | undefined;

/** How one property type is read from, and written to, a tieu_chi cell. */
interface CellCodec {
  read(reader: SheetReader, row: number, param: ParamKey, options: ReadOptions): unknown;
  write(value: unknown): CellText;
}

const text: CellCodec = {
  read: (reader, row, param, options) => reader.text(row, param, options),
  write: (value) => value as string | undefined,
};

const number: CellCodec = {
  read: (reader, row, param, options) => reader.number(row, param, options),
  write: (value) => value as number | undefined,
};

/** A field id, or a constant when the text is a number. */
const operand: CellCodec = {
  read(reader, row, param, options) {
    const cell = reader.text(row, param, options);
    if (cell === undefined) return undefined;
    const value = numberFromText(cell);
    return value === undefined ? { field: cell } : { value };
  },
  write: (value) => (value === undefined ? undefined : 'field' in (value as Operand) ? (value as { field: string }).field : (value as { value: number }).value),
};

interface PairShape {
  /** The cell's form, for messages. */
  form: Message;
  keyIsNumber: boolean;
  toItem(pair: Pair): unknown;
  toPair(item: never): Pair;
}

function pairsCodec(shape: PairShape): CellCodec {
  return {
    read(reader, row, param, options) {
      const cell = reader.text(row, param, options);
      if (cell === undefined) return undefined;
      const parsed = parsePairs(cell, param, shape.form);
      if (parsed.problem) {
        reader.report(row, param, parsed.problem);
        return undefined;
      }
      if (shape.keyIsNumber) {
        // only the steps column has numbers as keys
        const bad = parsed.value.findIndex((pair) => numberFromText(pair.key) === undefined);
        if (bad >= 0) {
          reader.report(row, param, { code: 'badList', text: msg('authoring.badList.threshold', { item: bad + 1, text: parsed.value[bad].key }) });
          return undefined;
        }
      }
      return parsed.value.map(shape.toItem);
    },
    write: (value) => (value === undefined ? undefined : formatPairs((value as never[]).map(shape.toPair))),
  };
}

/** Sub-rules have no cell: they are the rows below (ruleParams lists no column for them). */
const NO_CELL: CellCodec = { read: () => undefined, write: () => undefined };

const CODECS: Record<PropertyType, CellCodec> = {
  numberField: text,
  yesnoField: text,
  choiceField: text,
  bestField: text,
  operand,
  points: number,
  maximum: number,
  reference: number,
  steps: pairsCodec({
    form: CELL_FORMS.steps,
    keyIsNumber: true,
    toItem: (pair) => ({ atLeast: numberFromText(pair.key)!, points: pair.number }),
    toPair: (step: { atLeast: number; points: number }) => ({ key: String(step.atLeast), number: step.points }),
  }),
  yesnoItems: pairsCodec({
    form: CELL_FORMS.yesnoItems,
    keyIsNumber: false,
    toItem: (pair) => ({ field: pair.key, points: pair.number }),
    toPair: (item: { field: string; points: number }) => ({ key: item.field, number: item.points }),
  }),
  choicePoints: pairsCodec({
    form: CELL_FORMS.choicePoints,
    keyIsNumber: false,
    toItem: (pair) => ({ label: pair.key, points: pair.number }),
    toPair: (item: { label: string; points: number }) => ({ key: item.label, number: item.points }),
  }),
  text,
  conditions: {
    read(reader, row, param, options) {
      const cell = reader.text(row, param, options);
      if (cell === undefined) return undefined;
      const parsed = parseItems(cell, param, CELL_FORMS.conditions, conditionFromText);
      if (parsed.problem) reader.report(row, param, parsed.problem);
      return parsed.value;
    },
    write: (value) => (value as Condition[] | undefined)?.map(conditionText).join('; '),
  },
  subindexItems: {
    read(reader, row, param, options) {
      const cell = reader.text(row, param, options);
      if (cell === undefined) return undefined;
      const parsed = parseItems(cell, param, CELL_FORMS.subindexItems, (item) => {
        const colon = item.lastIndexOf(':');
        const weight = colon < 0 ? undefined : numberFromText(item.slice(colon + 1));
        return weight === undefined ? undefined : subindexItemFrom(item.slice(0, colon).trim(), weight);
      });
      if (parsed.problem) reader.report(row, param, parsed.problem);
      return parsed.value;
    },
    write: (value) => (value === undefined ? undefined : formatPairs((value as SubindexItem[]).map((item) => ({ key: subindexItemKey(item), number: item.weight })))),
  },
  rule: NO_CELL,
  rules: NO_CELL,
};

/** The known kind for the text of a `rule` cell (case-insensitive), or undefined. */
export function ruleKindOf(text: string): RuleKind | undefined {
  const lower = text.toLowerCase();
  return isRuleKind(lower) ? lower : undefined;
}

/**
 * Reads the rule of `row`: {kind, …parameters}. An unknown kind is kept as written so the
 * validator reports it with a suggestion; parameters the kind does not read are warned about.
 */
export function readRuleRow(reader: SheetReader, row: number, path: string): RuleDraft | undefined {
  const kindText = reader.text(row, 'rule', { path: `${path}.kind`, required: true, neededBy: (column, description) => msg('authoring.emptyCell.ruleKind', { column, description }) });
  reader.paths.set(path, reader.at(row, 'rule'));
  if (kindText === undefined) return undefined;
  const kind = ruleKindOf(kindText);
  if (!kind) return { kind: kindText };
  const draft: RuleDraft = { kind };
  const params = ruleParams(kind);
  for (const param of PARAM_KEYS) {
    if (params.some((p) => p.column === param) || reader.blank(row, param)) continue;
    reader.issues.report('warning', reader.at(row, param), msg('authoring.unusedCell.rule', { kind, column: param }));
  }
  for (const param of params) {
    const value = readParam(reader, row, kind, param, `${path}.${param.property}`);
    if (value !== undefined) draft[param.property] = value;
  }
  for (const slot of childSlots(kind)) reader.paths.set(`${path}.${slot.property}`, reader.at(row, 'rule'));
  return draft;
}

function readParam(reader: SheetReader, row: number, kind: RuleKind, param: ParamSpec, path: string): unknown {
  const options = { path, required: param.required, neededBy: (column: string, description: string) => msg('authoring.emptyCell.forRule', { column, description, kind }) };
  return CODECS[param.type].read(reader, row, param.column, options);
}

// ---- writing -------------------------------------------------------------------------

export type RowCells = Partial<Record<string, string | number>>;

/** The parameter cells of a rule's own row (sub-rules go on the following rows). */
export function ruleCells(rule: Rule): RowCells {
  const cells: RowCells = { rule: rule.kind };
  const record = rule as unknown as Record<string, unknown>;
  for (const param of ruleParams(rule.kind)) {
    const value = CODECS[param.type].write(record[param.property]);
    if (value !== undefined) cells[param.column] = value;
  }
  return cells;
}
