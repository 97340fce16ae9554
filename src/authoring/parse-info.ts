// The thong_tin sheet: one row per piece of information, "key | value" (a third column may
// explain it). Keys that may repeat (official, reconstructed) build lists in row order.

import { suggest } from '../util/suggest';
import { INFO_KEYS, type InfoKey } from './format';
import type { SheetReader } from './reader';
import { msg } from '../messages';

type Draft = Record<string, unknown>;

/** The set's information as a partial set object (sections, fields, bands and checks come from other sheets). */
export function readInfoSheet(reader: SheetReader): Draft {
  const draft: Draft = { provenance: { official: [], reconstructed: [] } };
  const seen = new Map<string, number>();
  const keys = INFO_KEYS.map((info) => info.key);
  for (const row of reader.table.rows) {
    const key = reader.text(row, 'key')?.toLowerCase();
    const info = INFO_KEYS.find((candidate) => candidate.key === key);
    if (key === undefined) {
      if (!reader.blank(row, 'value')) reader.issues.report('error', reader.at(row, 'key'), msg('authoring.emptyCell.key'));
      continue;
    }
    if (!info) {
      const guess = suggest(key, keys);
      reader.issues.report('warning', reader.at(row, 'key'), guess ? msg('authoring.unknownKey.guess', { key, guess }) : msg('authoring.unknownKey', { key }));
      continue;
    }
    if (!info.repeat && seen.has(key)) {
      reader.issues.report('error', reader.at(row, 'key'), msg('authoring.duplicateKey', { key, row: seen.get(key)! + 1 }));
      continue;
    }
    seen.set(key, row);
    readValue(reader, row, info, draft);
  }
  reportMissing(reader, seen, draft);
  return draft;
}

function readValue(reader: SheetReader, row: number, info: InfoKey, draft: Draft): void {
  if (info.repeat) {
    const list = getPath(draft, info.path) as string[];
    const value = reader.text(row, 'value', { path: `${info.path}[${list.length}]` });
    if (value !== undefined) list.push(value);
    return;
  }
  const options = { path: info.path, required: info.required };
  const value =
    info.kind === 'date' ? reader.date(row, 'value', options) : info.kind === 'text' ? reader.text(row, 'value', options) : reader.number(row, 'value', options);
  if (value !== undefined) setPath(draft, info.path, value);
  if (info.path.includes('.')) {
    const parent = info.path.slice(0, info.path.indexOf('.'));
    if (!reader.paths.has(parent)) reader.paths.set(parent, reader.at(row, 'value'));
  }
}

/** Required keys without a row: reported where the row can be added, below the last one. */
function reportMissing(reader: SheetReader, seen: Map<string, number>, draft: Draft): void {
  let row = (reader.table.rows[reader.table.rows.length - 1] ?? 0) + 1;
  const hasLetter = ['guidance_letter', 'guidance_letter_date', 'guidance_letter_issuer'].some((key) => seen.has(key) && getPath(draft, INFO_KEYS.find((i) => i.key === key)!.path) !== undefined);
  for (const info of INFO_KEYS) {
    const needed = info.required || (hasLetter && info.path.startsWith('guidanceLetter.'));
    if (!needed || seen.has(info.key)) continue;
    const at = reader.at(row, 'key');
    reader.paths.set(info.path, at);
    reader.issues.report('error', at, msg('authoring.missingKey', { key: info.key, description: info.vi }));
    row++;
  }
}

function getPath(draft: Draft, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Draft | undefined)?.[key], draft);
}

function setPath(draft: Draft, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = draft;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    node = node[key] as Draft;
  }
  node[keys[keys.length - 1]] = value;
}
