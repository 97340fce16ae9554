// Reading an .xlsx into Grid views: sheet names, order and visibility, then each sheet's cells
// (read-sheet.ts). Pure TypeScript over bytes, bounded: the zip's sizes and part count, the
// cells of the whole workbook and every reference (cells, defined names…) are checked against
// limits and Excel's grid while reading, before anything is sized from them.

import type { Grid } from '../plan/grid';
import { msg } from '../messages';
import { missingPart, XlsxError } from './errors';
import { checkDefinedName } from './refs';
import { readSharedStrings } from './read-strings';
import { readSheet, type CellBudget } from './read-sheet';
import { attrByLocalName, decodeXmlBytes, scanXml } from './xml';
import type { Inflater } from './inflate';
import { DEFAULT_READ_LIMITS, openZip, type ReadLimits, type ZipReader } from './zip';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetData extends Grid {
  readonly hidden: boolean;
  readonly state: SheetState;
  error(row: number, col: number): string | undefined;
}

export interface WorkbookData {
  readonly sheets: SheetData[];
  /** The sheet with this name (exact, else ignoring case as Excel does). */
  sheet(name: string): SheetData | undefined;
  /** The work done: bytes inflated and cells read (what the limits bound). */
  readonly stats: ReadStats;
}

export interface ReadStats {
  bytesInflated: number;
  cellsRead: number;
}

interface SheetEntry {
  name: string;
  state: SheetState;
  path: string | undefined;
}

const REL_OFFICE_DOCUMENT = '/officeDocument';
const REL_SHARED_STRINGS = '/sharedStrings';

/**
 * Reads every sheet of an .xlsx. Throws XlsxError for files that are not safe or not valid.
 * `inflate` unzips its parts (the pure inflater unless a faster one is given).
 */
export function readWorkbook(bytes: Uint8Array, limits?: Partial<ReadLimits>, inflate?: Inflater): WorkbookData {
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  const zip = openWorkbookZip(bytes, all, inflate);
  const workbookPath = officeDocumentPath(zip);
  const rels = readRels(zip, workbookPath);
  const entries = readSheetEntries(zip, workbookPath, rels);
  const sstPath = [...rels.values()].find((r) => r.type.endsWith(REL_SHARED_STRINGS))?.target;
  const shared = sstPath && zip.has(sstPath) ? readSharedStrings(part(zip, sstPath), sstPath) : [];
  const budget: CellBudget = { left: all.maxCells, read: 0, limit: all.maxCells };
  const sheets = entries.map((e) => {
    if (!e.path || !zip.has(e.path)) throw missingPart(e.path ?? e.name);
    return readSheet(part(zip, e.path), { name: e.name, state: e.state, path: e.path }, shared, budget);
  });
  return {
    sheets,
    stats: { bytesInflated: zip.inflatedBytes, cellsRead: budget.read },
    sheet(name) {
      const lower = name.toLowerCase();
      return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === lower);
    },
  };
}

/** The sheet names in tab order, reading only the workbook part (fast identification). */
export function readSheetNames(bytes: Uint8Array, limits?: Partial<ReadLimits>): string[] {
  const zip = openWorkbookZip(bytes, limits);
  const workbookPath = officeDocumentPath(zip);
  return readSheetEntries(zip, workbookPath, readRels(zip, workbookPath)).map((e) => e.name);
}

function openWorkbookZip(bytes: Uint8Array, limits?: Partial<ReadLimits>, inflate?: Inflater): ZipReader {
  const zip = openZip(bytes, { ...DEFAULT_READ_LIMITS, ...limits }, inflate);
  const types = zip.has('[Content_Types].xml') ? decodeXmlBytes(part(zip, '[Content_Types].xml')) : '';
  if (types.includes('macroEnabled') || [...zip.entries.keys()].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) {
    throw new XlsxError('macroEnabled', msg('xlsx.macroEnabled'));
  }
  return zip;
}

function part(zip: ZipReader, path: string): Uint8Array {
  const bytes = zip.read(path);
  if (!bytes) throw missingPart(path);
  return bytes;
}

/** The workbook part named by the package relationships (normally xl/workbook.xml). */
function officeDocumentPath(zip: ZipReader): string {
  const rels = readRels(zip, '');
  const doc = [...rels.values()].find((r) => r.type.endsWith(REL_OFFICE_DOCUMENT) && !r.type.includes('/strict'));
  const path = doc?.target ?? 'xl/workbook.xml';
  if (!zip.has(path)) throw missingPart(path);
  return path;
}

interface Rel {
  type: string;
  target: string;
}

/** Relationships of the part at `path` ("" = the package), targets resolved to zip paths. */
function readRels(zip: ZipReader, path: string): Map<string, Rel> {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${path.slice(slash + 1)}.rels`;
  const rels = new Map<string, Rel>();
  if (!zip.has(relsPath)) return rels;
  // The root's <Relationship> children, streamed (no tree for a part read once per file).
  let depth = 0;
  scanXml(
    decodeXmlBytes(part(zip, relsPath)),
    {
      open(local, tag, selfClosing) {
        if (depth === 1 && local === 'Relationship') {
          const id = tag.get('Id');
          const target = tag.get('Target');
          if (tag.get('TargetMode') !== 'External' && id && target) rels.set(id, { type: tag.get('Type') ?? '', target: resolvePath(dir, target) });
        }
        if (!selfClosing) depth++;
      },
      close() {
        depth--;
      },
    },
    relsPath,
    { localNames: true },
  );
  return rels;
}

function resolvePath(dir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The <sheet> children of the workbook's first <sheets>, streamed; defined names checked against the grid. */
function readSheetEntries(zip: ZipReader, workbookPath: string, rels: Map<string, Rel>): SheetEntry[] {
  const entries: SheetEntry[] = [];
  let depth = 0;
  let sheetsSeen = false;
  let inSheets = false;
  let definedName: { name: string; text: string } | undefined;
  scanXml(
    decodeXmlBytes(part(zip, workbookPath)),
    {
      open(local, tag, selfClosing) {
        if (depth === 1 && local === 'sheets' && !sheetsSeen) {
          sheetsSeen = true;
          inSheets = !selfClosing;
        } else if (depth === 2 && inSheets && local === 'sheet') {
          const attrs = tag.all();
          const rel = rels.get(attrByLocalName(attrs, 'id') ?? '');
          const state = attrs.state === 'hidden' || attrs.state === 'veryHidden' ? attrs.state : 'visible';
          entries.push({ name: attrs.name ?? '', state, path: rel?.target });
        } else if (depth === 2 && local === 'definedName' && !selfClosing) {
          definedName = { name: tag.get('name') ?? '', text: '' };
        }
        if (!selfClosing) depth++;
      },
      close(local) {
        depth--;
        if (depth === 1) inSheets = false;
        if (local === 'definedName' && definedName) {
          checkDefinedName(definedName.text, definedName.name);
          definedName = undefined;
        }
      },
      text(text) {
        if (definedName) definedName.text += text;
      },
    },
    workbookPath,
    { localNames: true },
  );
  if (!sheetsSeen) throw missingPart(`${workbookPath} <sheets>`);
  return entries;
}
