// Criteria that invalid data voids — they score 0 until the data is corrected — with the engine's
// reason (src/scoring/voids.ts), for the entry step (beside the points) and the finish step's list.

import type { Message } from '../../messages';
import type { ScoreResult } from '../../scoring/types';

export interface VoidedCriterion {
  code: string;
  /** Why it scores 0 (area `invalid`: “0 điểm — số liệu không hợp lệ: …”). */
  reason: Message;
}

/** Every criterion the engine voided, in the set's order. */
export function voidedCriteria(result: Pick<ScoreResult, 'criteria'>): VoidedCriterion[] {
  return result.criteria.flatMap((c) => (c.voided ? [{ code: c.code, reason: c.voided }] : []));
}

/** Why criterion `code` scores 0, or undefined while its data is valid (or blank). */
export function voidReasonOf(result: Pick<ScoreResult, 'criteria'>, code: string): Message | undefined {
  return result.criteria.find((c) => c.code === code)?.voided;
}
