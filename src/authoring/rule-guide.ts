// What each rule kind does and an example of its rows on tieu_chi, in Vietnamese and
// English, from the kinds' own modules: the instructions sheet shows it, and the format
// documentation follows it.

import type { RuleKind } from '../criteria/model';
import type { GuideRow, KindGuide } from '../rules/kind';
import { KINDS, RULE_KINDS } from '../rules/registry';

export type { GuideRow };

export interface RuleGuide extends KindGuide {
  kind: RuleKind;
}

export const RULE_GUIDE: readonly RuleGuide[] = RULE_KINDS.map((kind) => ({ kind, ...KINDS[kind].guide }));

/** "rule=ratio, num=a, den=b" — one row of the guide as text. */
export function guideRowText(row: GuideRow): string {
  return Object.entries(row)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
