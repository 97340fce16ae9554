// Reading the zip container of an .xlsx with limits. The central directory is parsed here
// (names, sizes, offsets, flags) and checked against every local header (one consistent
// source: no duplicate names, no overlapping parts), so that nothing is inflated before it is
// checked, and only the parts a caller asks for are inflated. Sizes declared in the zip are
// untrusted: inflation stops as soon as an entry exceeds its declared size or the bytes left
// in the whole file's budget, and memory grows with the bytes actually inflated.

import { msg } from '../messages';
import { XlsxError } from './errors';
import { boundedInflate, type Inflater } from './inflate';

export interface ReadLimits {
  /** Largest accepted file, bytes. */
  maxInputBytes: number;
  /** Most entries in the zip. */
  maxEntries: number;
  /** Most bytes inflated in total, over all parts read (counted while inflating). */
  maxTotalUncompressedBytes: number;
  /** Largest inflated/compressed ratio of one entry… */
  maxCompressionRatio: number;
  /** …checked for entries whose inflated size exceeds this many bytes. */
  ratioCheckAboveBytes: number;
  /** Most cells (values, formulas, errors) over all sheets read. */
  maxCells: number;
}

/**
 * Limits for a submitted form: a form is a few thousand cells in a file of tens of KB; these
 * leave room for pictures (a scanned signature, a logo) and many extra sheets, and bound the
 * memory a hostile file can take to a few hundred MB at most.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxInputBytes: 20 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckAboveBytes: 1024 * 1024,
  maxCells: 1_000_000,
});

/** Most units a master may hold: the writer's and the reader's one limit (issue 10). */
export const MASTER_MAX_UNITS = 5000;

/**
 * Limits for reading back a master the project wrote: one sheet per unit plus a few dozen
 * others (summaries, appraisal, log, roster, charts), each sheet a few parts at most, about
 * 1,500 cells and 10 KB of XML per unit sheet.
 */
export const MASTER_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxInputBytes: 400 * 1024 * 1024,
  maxEntries: MASTER_MAX_UNITS * 2 + 500,
  maxTotalUncompressedBytes: 2048 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckAboveBytes: 1024 * 1024,
  maxCells: MASTER_MAX_UNITS * 3000,
});

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  flags: number;
  encrypted: boolean;
  localHeaderOffset: number;
  /** Where the entry's name is in the central directory, and its length in bytes. */
  nameAt: number;
  nameLength: number;
}

export interface ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  has(name: string): boolean;
  /** Inflates one entry; undefined when absent. Counts towards the total limit while inflating. */
  read(name: string): Uint8Array | undefined;
  /** Bytes inflated so far by `read` (the figure the total limit bounds). */
  readonly inflatedBytes: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

function notZip(): XlsxError {
  return new XlsxError('notZip', msg('xlsx.notZip'));
}

function truncated(): XlsxError {
  return new XlsxError('truncated', msg('xlsx.truncated'));
}

function zipBomb(part: string): XlsxError {
  return new XlsxError('zipBomb', msg('xlsx.zipBomb', { part }));
}

function hasOle2Header(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Opens a zip for reading; checks the container and its central directory against `limits`.
 * Parts are inflated by `inflate` (the pure one unless a faster one is given).
 */
export function openZip(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS, inflate: Inflater = boundedInflate): ZipReader {
  if (bytes.length > limits.maxInputBytes) {
    throw new XlsxError('tooLarge', msg('xlsx.fileTooLarge', { size: mb(bytes.length), max: mb(limits.maxInputBytes) }));
  }
  if (hasOle2Header(bytes)) {
    throw new XlsxError('encrypted', msg('xlsx.ole2'));
  }
  if (bytes.length < 4 || u32(bytes, 0) !== SIG_LOCAL) {
    throw bytes.length >= 4 && u32(bytes, 0) === SIG_EOCD ? new XlsxError('missingPart', msg('xlsx.emptyZip')) : notZip();
  }
  const entries = readCentralDirectory(bytes, limits);
  checkLocalHeaders(bytes, entries);
  const budget = { left: limits.maxTotalUncompressedBytes, used: 0 };
  return {
    entries,
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      checkEntry(entry, limits);
      const out = inflateEntry(bytes, entry, budget, limits, inflate);
      budget.used += out.length;
      budget.left -= out.length;
      return out;
    },
    get inflatedBytes() {
      return budget.used;
    },
  };
}

/** Bytes as MB with one decimal. */
function mb(n: number): number {
  return Math.round((n / (1024 * 1024)) * 10) / 10;
}

function findEocd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let e = bytes.length - 22; e >= stop; e--) {
    if (u32(bytes, e) === SIG_EOCD && e + 22 + u16(bytes, e + 20) <= bytes.length) return e;
  }
  return -1;
}

function tooManyEntries(count: number, limits: ReadLimits): XlsxError {
  return new XlsxError('tooManyEntries', msg('xlsx.tooManyEntries', { count, max: limits.maxEntries }));
}

function readCentralDirectory(bytes: Uint8Array, limits: ReadLimits): Map<string, ZipEntry> {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw truncated();
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (eocd >= 20 && u32(bytes, eocd - 20) === SIG_EOCD64_LOCATOR) {
    const z = u64(bytes, eocd - 12);
    if (z + 56 > bytes.length || u32(bytes, z) !== SIG_EOCD64) throw truncated();
    count = u64(bytes, z + 32);
    offset = u64(bytes, z + 48);
  }
  if (count > limits.maxEntries) throw tooManyEntries(count, limits);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) throw truncated();
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    if (p + 46 + nameLen + extraLen > bytes.length) throw truncated();
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      method: u16(bytes, p + 10),
      flags,
      encrypted: (flags & 1) === 1,
      localHeaderOffset: u32(bytes, p + 42),
      nameAt: p + 46,
      nameLength: nameLen,
    };
    applyZip64Extra(entry, bytes, p + 46 + nameLen, extraLen);
    if (entries.has(entry.name)) throw new XlsxError('inconsistentZip', msg('xlsx.duplicatePart', { part: entry.name }));
    entries.set(entry.name, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Replaces 0xFFFFFFFF sizes/offsets by the values of the zip64 extra field. */
function applyZip64Extra(entry: ZipEntry, bytes: Uint8Array, start: number, length: number): void {
  const MAX = 0xffffffff;
  if (entry.size !== MAX && entry.compressedSize !== MAX && entry.localHeaderOffset !== MAX) return;
  for (let q = start; q + 4 <= start + length; ) {
    const id = u16(bytes, q);
    const len = u16(bytes, q + 2);
    if (id === 1) {
      let r = q + 4;
      if (entry.size === MAX) (entry.size = u64(bytes, r)), (r += 8);
      if (entry.compressedSize === MAX) (entry.compressedSize = u64(bytes, r)), (r += 8);
      if (entry.localHeaderOffset === MAX) entry.localHeaderOffset = u64(bytes, r);
      return;
    }
    q += 4 + len;
  }
}

/** Where an entry's compressed data starts, from its local header. */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== SIG_LOCAL) throw truncated();
  return h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
}

/**
 * Every local header agrees with its central entry (name, method, encryption and, unless sizes
 * follow the data, sizes), and no two entries share bytes: the file is read from one consistent
 * source, never from whichever copy a tool happens to prefer.
 */
function checkLocalHeaders(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>): void {
  const spans: [number, number, string][] = [];
  for (const entry of entries.values()) {
    const h = entry.localHeaderOffset;
    const start = dataStart(bytes, entry);
    const sameName = u16(bytes, h + 26) === entry.nameLength && sameBytes(bytes, h + 30, entry.nameAt, entry.nameLength);
    const flags = u16(bytes, h + 6);
    const sizesInHeader = (flags & 8) === 0;
    const csize = u32(bytes, h + 18);
    const size = u32(bytes, h + 22);
    const sameSizes = !sizesInHeader || csize === 0xffffffff || size === 0xffffffff || (csize === entry.compressedSize && size === entry.size);
    if (!sameName || u16(bytes, h + 8) !== entry.method || (flags & 1) !== (entry.flags & 1) || !sameSizes) {
      throw new XlsxError('inconsistentZip', msg('xlsx.headerMismatch', { part: entry.name }));
    }
    spans.push([h, start + entry.compressedSize, entry.name]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < spans[i - 1][1]) {
      throw new XlsxError('inconsistentZip', msg('xlsx.overlappingParts', { part: spans[i][2], other: spans[i - 1][2] }));
    }
  }
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

function checkEntry(entry: ZipEntry, limits: ReadLimits): void {
  if (entry.encrypted) {
    throw new XlsxError('encrypted', msg('xlsx.encryptedPart'));
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxError('unsupported', msg('xlsx.unsupportedMethod', { part: entry.name }));
  }
  if (entry.size > limits.maxTotalUncompressedBytes) {
    throw new XlsxError('tooLarge', msg('xlsx.partTooLarge', { part: entry.name, size: mb(entry.size) }));
  }
  if (entry.size > limits.ratioCheckAboveBytes && entry.size > entry.compressedSize * limits.maxCompressionRatio) throw zipBomb(entry.name);
}

/** What may still be inflated, over all parts read so far. */
interface Budget {
  left: number;
  used: number;
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: Budget, limits: ReadLimits, inflate: Inflater): Uint8Array {
  const start = dataStart(bytes, entry);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw truncated();
  const data = bytes.subarray(start, end);
  if (entry.method === 0 && entry.size !== entry.compressedSize) throw new XlsxError('inconsistentZip', msg('xlsx.storedSizes', { part: entry.name }));
  const cap = Math.min(entry.size, budget.left);
  let out: Uint8Array | undefined;
  try {
    out = entry.method === 0 ? data : inflate(data, cap);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw truncated();
  }
  if (out === undefined || out.length > cap) {
    if (cap < entry.size) throw new XlsxError('tooLarge', msg('xlsx.inflatedTooLarge', { max: mb(limits.maxTotalUncompressedBytes) }));
    throw zipBomb(entry.name);
  }
  if (out.length < entry.size) throw truncated();
  return out;
}
