// Scans a written .xlsx file for anything Excel 2010 cannot open or compute: every formula
// (cells, conditional formats, validations, defined names, chart references) is tokenised —
// string literals, quoted sheet names and brackets skipped, as the .xlsx writer's own
// formula code does — and each function called must be on the allow-list of
// docs/excel-2010.json, under the exact name the file stores ("_xlfn." included); so must
// each validation type, conditional-format type, sheet-protection attribute, defined name,
// number format, chart type and package part. Formula length, function nesting and argument
// counts are held to Excel 2010's limits.
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { forEachCodeStretch } from '../../src/xlsx/formula';
import { localName, parseXmlTree, type XmlElement } from '../../src/xlsx';

export interface Allowed {
  functions: Record<string, string>;
  validationTypes: string[];
  validationOperators: string[];
  validationListMaxChars: number;
  conditionalFormatTypes: string[];
  sheetProtectionAttributes: string[];
  definedNames: string[];
  numberFormats: string[];
  builtinNumberFormatIds: number[];
  chartTypes: string[];
  parts: string[];
  limits: { formulaChars: number; nestedFunctions: number; functionArguments: number; sheetNameChars: number; rows: number; columns: number };
}

export const ALLOW_LIST_FILE = path.join(__dirname, '../../docs/excel-2010.json');

export function loadAllowList(): Allowed {
  return JSON.parse(fs.readFileSync(ALLOW_LIST_FILE, 'utf8')) as Allowed;
}

/** What the scans found, added up over files. */
export interface ScanResult {
  files: number;
  formulas: number;
  /** Function name as stored ("_xlfn." kept, the name in upper case) -> calls. */
  functions: Map<string, number>;
  /** "validation list", "protection sheet", "numFmt 0.0", … -> occurrences. */
  features: Map<string, number>;
  violations: string[];
}

export function emptyScan(): ScanResult {
  return { files: 0, formulas: 0, functions: new Map(), features: new Map(), violations: [] };
}

export interface FormulaShape {
  calls: string[];
  /** Deepest nesting of function calls. */
  depth: number;
  /** Most arguments given to one call. */
  maxArgs: number;
}

/** The functions a formula calls, outside string literals, quoted names and brackets. */
export function formulaShape(formula: string): FormulaShape {
  const calls: string[] = [];
  const frames: { fn: boolean; args: number }[] = [];
  let depth = 0;
  let maxArgs = 0;
  const token = /([A-Za-z_\\][A-Za-z0-9_.\\]*)\s*\(|([A-Za-z0-9_.\\$:!#]+)|(\()|(\))|(,)/g;
  forEachCodeStretch(formula, (start, end) => {
    const code = formula.slice(start, end);
    for (const m of code.matchAll(token)) {
      if (m[1] !== undefined) {
        calls.push(m[1].replace(/^((?:_xlfn\.|_xlws\.)*)(.*)$/is, (_all, prefix: string, fn: string) => prefix.toLowerCase() + fn.toUpperCase()));
        frames.push({ fn: true, args: 1 });
        depth = Math.max(depth, frames.filter((f) => f.fn).length);
      } else if (m[3]) frames.push({ fn: false, args: 1 });
      else if (m[4]) {
        const frame = frames.pop();
        if (frame?.fn) maxArgs = Math.max(maxArgs, frame.args);
      } else if (m[5] && frames.length > 0) frames[frames.length - 1].args++;
    }
  });
  return { calls, depth, maxArgs };
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

function columnNumber(ref: string): number {
  let c = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

/** One file's scan: where violations are reported, the allow-list, the result to add to. */
class FileScan {
  constructor(
    private readonly where: string,
    private readonly allowed: Allowed,
    private readonly out: ScanResult,
  ) {}

  violation(text: string): void {
    this.out.violations.push(`${this.where}: ${text}`);
  }

  feature(kind: string, value: string, allowed: boolean): void {
    count(this.out.features, `${kind} ${value}`);
    if (!allowed) this.violation(`${kind} "${value}" is not on Excel 2010's allow-list`);
  }

  formula(text: string): void {
    if (text.trim() === '') return;
    this.out.formulas++;
    const { limits, functions } = this.allowed;
    const shape = formulaShape(text);
    for (const name of shape.calls) {
      count(this.out.functions, name);
      if (!Object.prototype.hasOwnProperty.call(functions, name)) this.violation(`function ${name} is not on Excel 2010's allow-list (in ${text.slice(0, 120)})`);
    }
    if (text.length > limits.formulaChars) this.violation(`formula of ${text.length} characters (Excel 2010: ${limits.formulaChars})`);
    if (shape.depth > limits.nestedFunctions) this.violation(`functions nested ${shape.depth} deep (Excel 2010: ${limits.nestedFunctions})`);
    if (shape.maxArgs > limits.functionArguments) this.violation(`a call with ${shape.maxArgs} arguments (Excel 2010: ${limits.functionArguments})`);
  }

  validation(el: XmlElement): void {
    const { validationTypes, validationOperators, validationListMaxChars } = this.allowed;
    const type = el.attrs.type ?? 'none';
    this.feature('validation', type, validationTypes.includes(type));
    if (el.attrs.operator !== undefined) this.feature('validation operator', el.attrs.operator, validationOperators.includes(el.attrs.operator));
    const list = el.children.find((c): c is XmlElement => typeof c !== 'string' && localName(c.name) === 'formula1');
    const inline = list ? /^"(.*)"$/s.exec(textOf(list)) : null;
    if (type === 'list' && inline && inline[1].length > validationListMaxChars) this.violation(`an inline validation list of ${inline[1].length} characters (Excel: ${validationListMaxChars})`);
  }

  protection(el: XmlElement): void {
    for (const attr of Object.keys(el.attrs)) this.feature('sheet protection', attr, this.allowed.sheetProtectionAttributes.includes(attr));
  }

  numberFormat(code: string): void {
    this.feature('number format', code, this.allowed.numberFormats.some((p) => new RegExp(p).test(code)));
  }

  cell(el: XmlElement): void {
    if (el.attrs.cm !== undefined || el.attrs.vm !== undefined) this.violation(`cell ${el.attrs.r} carries dynamic-array or rich-value metadata`);
    if (el.attrs.r && columnNumber(el.attrs.r) > this.allowed.limits.columns) this.violation(`cell ${el.attrs.r} is beyond Excel 2010's last column`);
  }

  /** Checks one element by its local name, then its children. */
  walk(el: XmlElement): void {
    const name = localName(el.name);
    const a = this.allowed;
    if (name === 'f' || name === 'formula' || name === 'formula1' || name === 'formula2') this.formula(textOf(el));
    else if (name === 'definedName') {
      this.feature('defined name', el.attrs.name, a.definedNames.includes(el.attrs.name));
      this.formula(textOf(el));
    } else if (name === 'dataValidation') this.validation(el);
    else if (name === 'cfRule') this.feature('conditional format', el.attrs.type, a.conditionalFormatTypes.includes(el.attrs.type));
    else if (name === 'sheetProtection') this.protection(el);
    else if (name === 'workbookProtection' || name === 'extLst') this.violation(`<${el.name}> is not on Excel 2010's allow-list`);
    else if (name === 'numFmt') this.numberFormat(el.attrs.formatCode);
    else if (name === 'xf' && Number(el.attrs.numFmtId ?? 0) < 164) this.feature('built-in number format', el.attrs.numFmtId ?? '0', a.builtinNumberFormatIds.includes(Number(el.attrs.numFmtId ?? 0)));
    else if (/^[a-z]+(3D)?Chart$/.test(name) && el.name.includes(':')) this.feature('chart', name, a.chartTypes.includes(name));
    else if (name === 'c' && !el.name.includes(':')) this.cell(el);
    else if (name === 'row' && Number(el.attrs.r) > a.limits.rows) this.violation(`row ${el.attrs.r} is beyond Excel 2010's last row`);
    else if (name === 'sheet' && el.attrs.name !== undefined && el.attrs.name.length > a.limits.sheetNameChars) this.violation(`sheet name "${el.attrs.name}" is longer than ${a.limits.sheetNameChars} characters`);
    for (const c of el.children) if (typeof c !== 'string') this.walk(c);
  }
}

/** Scans the .xlsx `bytes` (named `name` in violations) and adds what it finds to `out`. */
export function scanXlsx(name: string, bytes: Uint8Array, allowed: Allowed, out: ScanResult = emptyScan()): ScanResult {
  out.files++;
  const parts = unzipSync(bytes);
  for (const [part, data] of Object.entries(parts)) {
    const scan = new FileScan(`${name} ${part}`, allowed, out);
    if (!allowed.parts.some((p) => new RegExp(p).test(part))) {
      scan.violation('a package part not on Excel 2010\'s allow-list');
      continue;
    }
    if (part.endsWith('.xml') || part.endsWith('.rels')) scan.walk(parseXmlTree(strFromU8(data), part));
  }
  return out;
}
