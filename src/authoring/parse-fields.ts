// The truong sheet: one row per input field. A blank `criterion` puts the field in the
// general-information block; otherwise the field belongs to that criterion, in row order.

import { suggest } from '../util/suggest';
import { parseList } from './cells';
import type { CriterionEntry } from './parse-criteria';
import { compact } from './parse-tables';
import type { SheetReader } from './reader';

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
    reader.report(row, 'aggregate', {
      code: 'badAggregate',
      message: `cột 'aggregate': '${text}' sai cú pháp (cần dạng nhóm:phép hoặc nhóm:phép:trường, ví dụ xa:count hoặc xa:countYes:co_cong_ttdt; có thể thêm :nhãn1; nhãn2 là các lựa chọn được đếm)`,
      messageEn: `column 'aggregate': '${text}' is malformed (expected group:op or group:op:field, e.g. xa:count or xa:countYes:co_cong_ttdt; optionally :label1; label2, the labels that count)`,
    });
    return undefined;
  }
  return compact({ fromGroup, op, field, values });
}

function reportUnknownCriterion(reader: SheetReader, row: number, code: string, codes: string[]): void {
  const guess = suggest(code, codes);
  const hintVi = guess ? ` — có phải '${guess}'?` : '';
  const hintEn = guess ? `, did you mean '${guess}'?` : '';
  reader.issues.error(reader.at(row, 'criterion'), 'unknownCriterion', `tiêu chí '${code}' không có trong trang tieu_chi${hintVi}`, `criterion '${code}' is not on the tieu_chi sheet${hintEn}`);
}
