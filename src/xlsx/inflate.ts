// Inflating one deflated zip entry without trusting its declared size: the output never
// grows past `cap + 1` bytes (one byte more than allowed tells the inflater the entry lied or
// the budget ran out), and memory grows with the bytes actually produced, not with what the
// entry claims. This is the pure inflater (fflate), used wherever no faster one is given: the
// command line gives Node's zlib (src/cli/native-inflate.ts), with the same contract.

import { inflateSync, Inflate } from 'fflate';

/** Entries allowed to inflate to at most this many bytes are inflated in one call. */
const ONE_SHOT_MAX = 1024 * 1024;
const CHUNK = 32 * 1024;

/**
 * Inflates raw deflate `data` to at most `cap` bytes: the bytes, or undefined when there are
 * more than `cap`. Throws when the stream is damaged or ends early.
 */
export type Inflater = (data: Uint8Array, cap: number) => Uint8Array | undefined;

/** The pure inflater: fflate, stopping after `cap + 1` bytes. */
export const boundedInflate: Inflater = (data, cap) => {
  const out = inflateUpTo(data, cap);
  return out.length > cap ? undefined : out;
};

/** Inflates `data`, stopping after `cap + 1` bytes. */
function inflateUpTo(data: Uint8Array, cap: number): Uint8Array {
  // A buffer one byte longer than allowed: a full buffer means the size lied. fflate fails on
  // some streams that overrun a given buffer: the chunked pass then tells a lie from damage.
  if (cap <= ONE_SHOT_MAX) {
    try {
      return inflateSync(data, { out: new Uint8Array(cap + 1) });
    } catch {
      return inflateChunked(data, cap);
    }
  }
  return inflateChunked(data, cap);
}

/** Inflates in chunks and stops as soon as the output exceeds `cap`. */
function inflateChunked(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length > cap) return;
    const keep = Math.min(chunk.length, cap + 1 - length);
    chunks.push(keep === chunk.length ? chunk : chunk.subarray(0, keep));
    length += keep;
  });
  for (let p = 0; p < data.length && length <= cap; p += CHUNK) {
    const next = Math.min(p + CHUNK, data.length);
    inflater.push(data.subarray(p, next), next === data.length);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
