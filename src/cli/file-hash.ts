// The SHA-256 of a submitted file, by Node's native hasher: the command line reads hundreds of
// files and the pure hasher the core falls back to (@noble/hashes, also used in the pane) costs
// about a tenth of reading a form; the digest is the same, so masters and logs do not change.

import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of `bytes`. */
export function fileSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
