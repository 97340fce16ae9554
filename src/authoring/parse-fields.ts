// The truong sheet: one row per input field. A blank `criterion` puts the field in the
// general-information block; otherwise the field belongs to that criterion, in row order.

import { suggest } from '../util/suggest';
import { parseList } from './cells';
import type { CriterionEntry } from './parse-criteria';
import { compact } from './parse-tables';
import type { SheetReader } from './reader';
import { msg } from '../messages';

type Draft = Record<string, unknown>;

export function readFieldsSheet(reader: SheetReader, criteria: Map<string, CriterionEntry>): Draft[] {
  const general: Draft[] = [];
  for (const row of reader.table.rows) {
    const code = reader.text(row, 'criterion');
    let list: unknown[];
    let path: string;
    if (code === undefined) {
      list = general;
      path = `generalFields[${general.length}]`;
    } else {
      const owner = criteria.get(code);
      if (!owner) {
        reportUnknownCriterion(reader, row, code, [...criteria.keys()]);
        continue;
      }
      list = owner.draft.fields;
      path = `${owner.path}.fields[${list.length}]`;
    }
    list.push(readField(reader, row, path));
  }
  return general;
}

function readField(reader: SheetReader, row: number, path: string): Draft {
  reader.paths.set(path, reader.at(row, 'id'));
  const field: Draft = {
    id: reader.text(row, 'id', { path: `${path}.id`, required: true }),
    label: reader.text(row, 'label', { path: `${path}.label`, required: true }),
    type: reader.text(row, 'type', { path: `${path}.type`, required: true }),
    required: reader.yesNo(row, 'required', { path: `${path}.required` }) ?? false,
  };
  const optional: Draft = {
    unit: reader.text(row, 'unit', { path: `${path}.unit` }),
    min: reader.number(row, 'min', { path: `${path}.min` }),
    max: reader.number(row, 'max', { path: `${path}.max` }),
    choices: choices(reader.text(row, 'choices', { path: `${path}.choices` })),
    help: reader.text(row, 'help', { path: `${path}.help` }),
    aggregate: aggregate(reader, row, `${path}.aggregate`),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) field[key] = value;
  return field;
}

function choices(text: string | undefined): { label: string }[] | undefined {
  return text === undefined ? undefined : parseList(text).map((label) => ({ label }));
}

/**
 * "group:op[:field[:label; label…]]" -> {fromGroup, op, field?, values?}, e.g. "xa:count",
 * "xa:countYes:co_cong_ttdt", "xa:countYes:muc_do_qlvb:Toàn bộ; Liên thông" (labels that count).
 */
function aggregate(reader: SheetReader, row: number, path: string): Draft | undefined {
  const text = reader.text(row, 'aggregate', { path });
  if (text === undefined) return undefined;
  const parts = text.split(':');
  const [fromGroup, op, field] = parts.slice(0, 3).map((part) => part.trim());
  const values = parts.length > 3 ? parseList(parts.slice(3).join(':')) : undefined;
  if (parts.length < 2 || fromGroup === '' || op === '' || field === '' || values?.length === 0) {
    reader.report(row, 'aggregate', { code: 'badAggregate', text: msg('authoring.badAggregate', { text }) });
    return undefined;
  }
  return compact({ fromGroup, op, field, values });
}

function reportUnknownCriterion(reader: SheetReader, row: number, code: string, codes: string[]): void {
  const guess = suggest(code, codes);
  reader.issues.report('error', reader.at(row, 'criterion'), guess ? msg('authoring.unknownCriterion.guess', { criterion: code, guess }) : msg('authoring.unknownCriterion', { criterion: code }));
}
