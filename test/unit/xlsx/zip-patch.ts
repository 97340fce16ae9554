// Edits the bytes of a zip in place of a hand-editing attacker: names, sizes and offsets in the
// central directory and/or the local headers.
import { strToU8 } from 'fflate';

export interface ZipRecord {
  central: boolean;
  /** Offset of the record's signature. */
  at: number;
  nameAt: number;
  nameLength: number;
  name: string;
}

/** Every local header and central entry, with the entry's name. */
export function zipRecords(zip: Uint8Array): ZipRecord[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: ZipRecord[] = [];
  for (let p = 0; p + 46 < zip.length; p++) {
    const sig = view.getUint32(p, true);
    const central = sig === 0x02014b50;
    if (!central && sig !== 0x04034b50) continue;
    const nameAt = p + (central ? 46 : 30);
    const nameLength = view.getUint16(p + (central ? 28 : 26), true);
    out.push({ central, at: p, nameAt, nameLength, name: new TextDecoder().decode(zip.subarray(nameAt, nameAt + nameLength)) });
  }
  return out;
}

/** A copy of `zip` with `edit` applied to the records of entry `name` (central and/or local). */
export function patchZip(zip: Uint8Array, name: string, which: 'central' | 'local' | 'both', edit: (view: DataView, r: ZipRecord, bytes: Uint8Array) => void): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (const r of zipRecords(out)) {
    if (r.name !== name || (which === 'central' && !r.central) || (which === 'local' && r.central)) continue;
    edit(view, r, out);
  }
  return out;
}

/** Rewrites the uncompressed size of `name` in the central directory and local header. */
export function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  return patchZip(zip, name, 'both', (view, r) => view.setUint32(r.at + (r.central ? 24 : 22), size, true));
}

/** Renames entry `name` to `to` (same byte length) in the chosen records. */
export function renameEntry(zip: Uint8Array, name: string, to: string, which: 'central' | 'local' | 'both'): Uint8Array {
  const bytes = strToU8(to);
  if (bytes.length !== strToU8(name).length) throw new Error('renameEntry keeps the byte length');
  return patchZip(zip, name, which, (_view, r, out) => out.set(bytes, r.nameAt));
}
