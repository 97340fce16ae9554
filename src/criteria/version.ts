// The version of a criteria set: a hash of its content, written into every form so that a
// submitted file can be matched to the exact set it was made from. Key order does not
// matter; any change of content gives another version.

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { CriteriaSet } from './model';

/** First 12 hex characters of the SHA-256 of the set's canonical JSON. */
export function setVersion(set: CriteriaSet): string {
  return bytesToHex(sha256(canonicalJson(set))).slice(0, 12);
}

/** JSON with object keys sorted recursively (undefined properties omitted, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
