// The xep_loai (bands: label | min, highest first) and kiem_tra (checks: left | op | right |
// message) sheets, one item per row.

import { parseList } from './cells';
import type { SheetReader } from './reader';

type Draft = Record<string, unknown>;

export function readBandsSheet(reader: SheetReader): Draft[] {
  return reader.table.rows.map((row, i) => {
    const path = `bands[${i}]`;
    reader.paths.set(path, reader.at(row, 'label'));
    return compact({
      label: reader.text(row, 'label', { path: `${path}.label`, required: true }),
      min: reader.number(row, 'min', { path: `${path}.min`, required: true }),
    });
  });
}

export function readChecksSheet(reader: SheetReader): Draft[] {
  return reader.table.rows.map((row, i) => {
    const path = `checks[${i}]`;
    reader.paths.set(path, reader.at(row, 'left'));
    return compact({
      left: reader.text(row, 'left', { path: `${path}.left`, required: true }),
      op: reader.text(row, 'op', { path: `${path}.op`, required: true }),
      right: reader.text(row, 'right', { path: `${path}.right`, required: true }),
      message: reader.text(row, 'message', { path: `${path}.message`, required: true }),
      voids: voidsOf(reader.text(row, 'voids', { path: `${path}.voids` })),
    });
  });
}

/** A voids cell that names no criterion: the check scores nothing 0 (blank: the default). */
export const NO_VOIDS = '-';

/** The criteria codes of a voids cell ("1.1; 2.3"): [] for "-", undefined when blank. */
function voidsOf(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text === NO_VOIDS ? [] : parseList(text);
}

/** The object without its undefined properties. */
export function compact(draft: Draft): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
}
