// Unzipping a part with Node's zlib: the command line reads hundreds of forms, and the pure
// inflater the core falls back to (fflate, also used in the pane) takes 2.5–3 × as long on the
// parts of 300 forms (`npm run bench` prints both). Same contract (src/xlsx/inflate.ts):
// never more than `cap + 1` bytes, memory growing with the bytes produced, undefined past `cap`.

import { inflateRawSync } from 'node:zlib';
import type { Inflater } from '../xlsx/inflate';

/** Output buffers of at most this many bytes: a form's sheet inflates in one. */
const MAX_CHUNK = 1024 * 1024;
/** zlib's smallest chunk. */
const MIN_CHUNK = 64;

export const nativeInflate: Inflater = (data, cap) => {
  const chunkSize = Math.max(MIN_CHUNK, Math.min(cap + 1, MAX_CHUNK));
  try {
    const out = inflateRawSync(data, { maxOutputLength: cap + 1, chunkSize });
    return out.length > cap ? undefined : out;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw e;
  }
};
