// The section and criterion rows of tieu_chi as drafts of the set: codes, names, maxima, the
// role column (bonus / deduction, also in Vietnamese), a section's cap of its bonus points
// (column cap) and a criterion's not_applicable column (rescale, or fixed points).

import { numberFromText } from './cells';
import { RESCALE_WORDS, ROLE_WORDS } from './format';
import type { SheetReader } from './reader';

type Draft = Record<string, unknown>;


/** The role cell: bonus or deduction (Vietnamese words accepted); anything else kept for the checks to report. */
function readRole(reader: SheetReader, row: number, path: string): string | undefined {
  const text = reader.text(row, 'role', { path });
  return text === undefined ? undefined : ROLE_WORDS[text.toLowerCase()] ?? text;
}

/** The not_applicable cell: { policy: 'rescale' }, or { policy: 'fixed', points } for a number. */
function readNotApplicable(reader: SheetReader, row: number, path: string): Draft | undefined {
  const text = reader.text(row, 'not_applicable', { path });
  if (text === undefined) return undefined;
  if (RESCALE_WORDS.includes(text.toLowerCase())) return { policy: 'rescale' };
  const points = numberFromText(text);
  return points === undefined ? { policy: text } : { policy: 'fixed', points };
}

function withDefined(draft: Draft): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
}

export function readSectionRow(reader: SheetReader, row: number, path: string): Draft & { criteria: Draft[] } {
  reader.paths.set(path, reader.at(row, 'code'));
  reader.paths.set(`${path}.criteria`, reader.at(row, 'code'));
  return {
    ...withDefined({
      code: reader.text(row, 'code', { path: `${path}.code`, required: true }),
      name: reader.text(row, 'name', { path: `${path}.name`, required: true }),
      max: reader.number(row, 'max', { path: `${path}.max`, required: true }),
      role: readRole(reader, row, `${path}.role`),
      bonusMax: reader.number(row, 'cap', { path: `${path}.bonusMax` }),
    }),
    criteria: [],
  };
}

export function readCriterionRow(reader: SheetReader, row: number, path: string): Draft & { fields: unknown[] } {
  reader.paths.set(path, reader.at(row, 'code'));
  reader.paths.set(`${path}.fields`, reader.at(row, 'code'));
  return {
    ...withDefined({
      code: reader.text(row, 'code', { path: `${path}.code`, required: true }),
      name: reader.text(row, 'name', { path: `${path}.name`, required: true }),
      guidance: reader.text(row, 'guidance', { path: `${path}.guidance` }),
      max: reader.number(row, 'max', { path: `${path}.max`, required: true }),
      evidenceRequired: reader.yesNo(row, 'evidence', { path: `${path}.evidenceRequired` }) ?? false,
      role: readRole(reader, row, `${path}.role`),
      notApplicable: readNotApplicable(reader, row, `${path}.notApplicable`),
    }),
    fields: [],
  };
}
