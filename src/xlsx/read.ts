// Reading an .xlsx into Grid views: sheet names, order and visibility, cell values (numbers,
// shared and inline strings, booleans, errors), formulas (without "_xlfn.", shared formulas
// expanded) and the cached results of formula cells. Pure TypeScript over bytes.

import type { CellValue, Grid } from '../plan/grid';
import { XlsxError } from './errors';
import { stripXlfnPrefixes, shiftFormula } from './formula';
import { attrByLocalName, decodeXmlBytes, scanXml } from './xml';
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
}

interface SheetEntry {
  name: string;
  state: SheetState;
  path: string | undefined;
}

const REL_OFFICE_DOCUMENT = '/officeDocument';
const REL_SHARED_STRINGS = '/sharedStrings';

/** Reads every sheet of an .xlsx. Throws XlsxError for files that are not safe or not valid. */
export function readWorkbook(bytes: Uint8Array, limits?: Partial<ReadLimits>): WorkbookData {
  const zip = openWorkbookZip(bytes, limits);
  const workbookPath = officeDocumentPath(zip);
  const rels = readRels(zip, workbookPath);
  const entries = readSheetEntries(zip, workbookPath, rels);
  const sstPath = [...rels.values()].find((r) => r.type.endsWith(REL_SHARED_STRINGS))?.target;
  const shared = sstPath && zip.has(sstPath) ? readSharedStrings(part(zip, sstPath), sstPath) : [];
  const sheets = entries.map((e) => {
    if (!e.path || !zip.has(e.path)) throw missingPart(e.path ?? e.name);
    return readSheet(part(zip, e.path), e, shared);
  });
  return {
    sheets,
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

function openWorkbookZip(bytes: Uint8Array, limits?: Partial<ReadLimits>): ZipReader {
  const zip = openZip(bytes, { ...DEFAULT_READ_LIMITS, ...limits });
  const types = zip.has('[Content_Types].xml') ? decodeXmlBytes(part(zip, '[Content_Types].xml')) : '';
  if (types.includes('macroEnabled') || [...zip.entries.keys()].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) {
    throw new XlsxError(
      'macroEnabled',
      'Tệp có macro (.xlsm) không được chấp nhận. Hãy lưu lại dưới dạng "Excel Workbook (*.xlsx)".',
      'Macro-enabled files (.xlsm) are not accepted. Save the file as "Excel Workbook (*.xlsx)".',
    );
  }
  return zip;
}

function missingPart(name: string): XlsxError {
  return new XlsxError('missingPart', `Tệp Excel thiếu phần "${name}".`, `The Excel file lacks part "${name}".`);
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

/** The <sheet> children of the workbook's first <sheets>, streamed. */
function readSheetEntries(zip: ZipReader, workbookPath: string, rels: Map<string, Rel>): SheetEntry[] {
  const entries: SheetEntry[] = [];
  let depth = 0;
  let sheetsSeen = false;
  let inSheets = false;
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
        }
        if (!selfClosing) depth++;
      },
      close() {
        depth--;
        if (depth === 1) inSheets = false;
      },
    },
    workbookPath,
    { localNames: true },
  );
  if (!sheetsSeen) throw missingPart(`${workbookPath} <sheets>`);
  return entries;
}

/** OOXML escapes characters as "_xHHHH_" in strings. */
function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of a string item (<si> or <is>): the <t> directly inside it and the
 * <t> of its rich-text runs, skipping phonetic runs (<rPh>).
 */
class StringItemText {
  private depthInPhonetic = 0;
  private inT = false;
  text = '';

  open(local: string, selfClosing: boolean): void {
    if (local === 'rPh' && !selfClosing) this.depthInPhonetic++;
    else if (local === 't' && !selfClosing && this.depthInPhonetic === 0) this.inT = true;
  }
  close(local: string): void {
    if (local === 'rPh') this.depthInPhonetic--;
    else if (local === 't') this.inT = false;
  }
  add(text: string): void {
    if (this.inT) this.text += text;
  }
  take(): string {
    const t = decodeOoxmlEscapes(this.text);
    this.text = '';
    return t;
  }
}

function readSharedStrings(bytes: Uint8Array, path: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  scanXml(
    decodeXmlBytes(bytes),
    {
      open(local, _tag, selfClosing) {
        if (local === 'si') {
          if (selfClosing) strings.push('');
          else inItem = true;
        } else if (inItem) item.open(local, selfClosing);
      },
      close(local) {
        if (local === 'si') {
          strings.push(item.take());
          inItem = false;
        } else if (inItem) item.close(local);
      },
      text(text) {
        if (inItem) item.add(text);
      },
    },
    path,
    { localNames: true },
  );
  return strings;
}

/**
 * Parses a cell reference "B12" into `cellRef` (0-based); false when it is not one.
 * A char loop without slicing: it runs for every cell.
 */
const cellRef = { row: 0, col: 0 };
function parseCellRef(ref: string): boolean {
  let col = 0;
  let i = 0;
  const n = ref.length;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i === n) return false;
  let row = 0;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  if (row === 0) return false;
  cellRef.row = row - 1;
  cellRef.col = col - 1;
  return true;
}

/** Cells of one kind, one array per row: no hashing per cell set or looked up. */
class CellStore<T> {
  private readonly rows: (T[] | undefined)[] = [];

  get(row: number, col: number): T | undefined {
    const cells = this.rows[row];
    return cells === undefined ? undefined : cells[col];
  }
  set(row: number, col: number, value: T): void {
    const cells = this.rows[row];
    if (cells === undefined) this.rows[row] = [];
    this.rows[row]![col] = value;
  }
}

class Sheet implements SheetData {
  readonly values = new CellStore<CellValue>();
  readonly formulas = new CellStore<string>();
  readonly errors = new CellStore<string>();
  rowCount = 0;
  colCount = 0;

  constructor(
    readonly name: string,
    readonly state: SheetState,
  ) {}

  get hidden(): boolean {
    return this.state !== 'visible';
  }
  value(row: number, col: number): CellValue {
    return this.values.get(row, col) ?? null;
  }
  formula(row: number, col: number): string | undefined {
    return this.formulas.get(row, col);
  }
  error(row: number, col: number): string | undefined {
    return this.errors.get(row, col);
  }
  extend(row: number, col: number): void {
    if (row >= this.rowCount) this.rowCount = row + 1;
    if (col >= this.colCount) this.colCount = col + 1;
  }
}

type Capture = 'none' | 'v' | 'f';

function readSheet(bytes: Uint8Array, entry: SheetEntry, shared: string[]): Sheet {
  const path = entry.path ?? entry.name;
  const sheet = new Sheet(entry.name, entry.state);
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  const pendingShared: { row: number; col: number; si: string }[] = [];
  const inline = new StringItemText();
  let row = -1;
  let col = -1;
  let type = 'n';
  let capture: Capture = 'none';
  let v = '';
  let hasV = false;
  let f = '';
  /** Whether the cell has an <f>, and that element's t and si attributes. */
  let hasF = false;
  let fType: string | undefined;
  let fSi: string | undefined;
  let inInline = false;
  let hasInline = false;

  const bad = (detail: string) =>
    new XlsxError('malformedXml', `Tệp bị hỏng: trang "${entry.name}" có ô không hợp lệ (${detail}).`, `Damaged file: sheet "${entry.name}" has an invalid cell (${detail}).`);

  const finishCell = () => {
    let used = false;
    if (hasF) {
      const si = fSi;
      if (fType === 'shared' && si !== undefined && f === '') pendingShared.push({ row, col, si });
      else if (f !== '') {
        const formula = stripXlfnPrefixes(f);
        sheet.formulas.set(row, col, formula);
        if (fType === 'shared' && si !== undefined) masters.set(si, { row, col, formula });
      }
      used = true;
    }
    if (hasInline) {
      sheet.values.set(row, col, inline.take());
      used = true;
    } else if (hasV) {
      used = true;
      switch (type) {
        case 's': {
          const s = shared[Number(v)];
          if (s === undefined) throw bad(`shared string ${v}`);
          sheet.values.set(row, col, s);
          break;
        }
        case 'b':
          sheet.values.set(row, col, v === '1' || v === 'true');
          break;
        case 'e':
          sheet.errors.set(row, col, v);
          break;
        case 'str':
        case 'inlineStr':
        case 'd':
          sheet.values.set(row, col, decodeOoxmlEscapes(v));
          break;
        default: {
          const n = Number(v);
          if (v === '' || !Number.isFinite(n)) throw bad(`number "${v}"`);
          sheet.values.set(row, col, n);
        }
      }
    }
    if (used) sheet.extend(row, col);
  };

  scanXml(
    decodeXmlBytes(bytes),
    {
      open(local, tag, selfClosing) {
        switch (local) {
          case 'row': {
            const ref = tag.get('r');
            const r = Number(ref) - 1;
            row = ref !== undefined && Number.isInteger(r) && r >= 0 ? r : row + 1;
            col = -1;
            return;
          }
          case 'c': {
            const ref = tag.get('r');
            if (ref !== undefined && parseCellRef(ref)) {
              row = cellRef.row;
              col = cellRef.col;
            } else {
              col++;
              if (row < 0) row = 0;
            }
            type = tag.get('t') ?? 'n';
            hasV = false;
            v = '';
            f = '';
            hasF = false;
            hasInline = false;
            if (selfClosing) finishCell();
            return;
          }
          case 'v':
            capture = selfClosing ? 'none' : 'v';
            hasV = true;
            return;
          case 'f':
            hasF = true;
            fType = tag.get('t');
            fSi = tag.get('si');
            capture = selfClosing ? 'none' : 'f';
            return;
          case 'is':
            hasInline = true;
            inInline = !selfClosing;
            return;
          default:
            if (inInline) inline.open(local, selfClosing);
        }
      },
      close(local) {
        switch (local) {
          case 'c':
            finishCell();
            return;
          case 'v':
          case 'f':
            capture = 'none';
            return;
          case 'is':
            inInline = false;
            return;
          default:
            if (inInline) inline.close(local);
        }
      },
      text(text) {
        if (capture === 'v') v += text;
        else if (capture === 'f') f += text;
        else if (inInline) inline.add(text);
      },
    },
    path,
    { localNames: true },
  );
  for (const p of pendingShared) {
    const m = masters.get(p.si);
    if (m) sheet.formulas.set(p.row, p.col, shiftFormula(m.formula, p.row - m.row, p.col - m.col));
  }
  return sheet;
}
