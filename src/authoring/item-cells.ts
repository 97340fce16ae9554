// The cell syntaxes of the list properties that are not "key:number" pairs: a level's
// conditions ("co_x; so_y>=10; muc_z=Toàn bộ") and a sub-index's items
// ("ty_le/1:2; bang_thong/best:1; co_z:1"), read and written.

import type { Condition, SubindexItem } from '../criteria/model';
import { numberFromText } from './cells';

const FIELD = /^[a-z][a-z0-9_]*$/;

/** "so_y>=10" / "so_y>=50%" / "muc_z=Toàn bộ" / "co_x"; undefined when malformed. */
export function conditionFromText(text: string): Condition | undefined {
  const atLeast = /^([^>=]+)>=(.+)$/.exec(text);
  if (atLeast) {
    const field = atLeast[1].trim();
    const value = thresholdFromText(atLeast[2].trim());
    return FIELD.test(field) && value !== undefined ? { field, atLeast: value } : undefined;
  }
  const equals = /^([^=]+)=(.+)$/.exec(text);
  if (equals) {
    const field = equals[1].trim();
    return FIELD.test(field) ? { field, equals: equals[2].trim() } : undefined;
  }
  return FIELD.test(text) ? { field: text } : undefined;
}

/** A threshold: a number, or a percentage "50%" (a fraction, as percent fields hold). */
function thresholdFromText(text: string): number | undefined {
  if (text.endsWith('%')) {
    const n = numberFromText(text.slice(0, -1));
    return n === undefined ? undefined : Number((n / 100).toPrecision(15));
  }
  return numberFromText(text);
}

export function conditionText(c: Condition): string {
  if (c.atLeast !== undefined) return `${c.field}>=${c.atLeast}`;
  return c.equals !== undefined ? `${c.field}=${c.equals}` : c.field;
}

/** "ty_le/1" / "bang_thong/best" / "co_z" (the key of a "key:weight" pair) with its weight. */
export function subindexItemFrom(key: string, weight: number): SubindexItem | undefined {
  const [field, against, extra] = key.split('/').map((part) => part.trim());
  if (!FIELD.test(field) || extra !== undefined) return undefined;
  if (against === undefined) return { field, weight };
  if (against.toLowerCase() === 'best') return { field, weight, best: true };
  const target = thresholdFromText(against);
  return target === undefined ? undefined : { field, weight, target };
}

/** The key of a sub-index item's "key:weight" pair. */
export function subindexItemKey(item: SubindexItem): string {
  return item.best ? `${item.field}/best` : item.target !== undefined ? `${item.field}/${item.target}` : item.field;
}
