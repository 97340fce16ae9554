// The bad-input corpus, second part: kinds made in memory from one good form, each a row with the
// outcome the import must give (accepted, with a flag or the unit expected; or rejected with a
// code). The first part (bad-corpus.ts) is also committed as files (test/fixtures/bad).
// Rows are grouped by where the damage is: the file, the zip, the XML, the cells, the form, text.

import { gzipSync, strToU8, unzipSync, zipSync } from 'fflate';
import { builtinRoster, emptyMaster, masterPlan, mergeSubmissions, readSubmission, type FlagKind, type RejectCode } from '../../src/consolidate';
import type { SheetPlan } from '../../src/plan/model';
import { shiftFormula } from '../../src/xlsx/formula';
import { UNIT_NAME_FIELD } from '../../src/criteria/model';
import { a1 } from '../../src/plan/address';
import { writeWorkbook } from '../../src/xlsx/write';
import { xa } from './bad-corpus';
import { asTcvn3, asVni } from './legacy-fonts';
import { filledFormBytes, filledFormPlan, fullEvidence, inputsForTotal, rng, severalFormsBytes } from './submissions';
import { afterSheetData, appendToSheetData, editPart, FORM_SHEET, rezip } from './xlsx-edit';

export type Expect = { rejected: RejectCode } | { accepted: true; flag?: FlagKind; unit?: string; forms?: number };

export interface KindRow {
  group: string;
  kind: string;
  name: string;
  bytes: () => Uint8Array;
  expect: Expect;
}

const UNIT = 'Phường Tiên Cát';
const inputs = (extra: Record<string, unknown> = {}) => ({ ...inputsForTotal(xa, UNIT, 92.5), ...extra }) as Record<string, never>;
const form = (extra: Record<string, unknown> = {}, evidence = fullEvidence(xa), notes?: Record<string, string>) =>
  filledFormBytes(xa, inputs(extra), { evidence, ...(notes ? { notes } : {}) });

const map = filledFormPlan(xa, inputs()).map;
const ref = (fieldId: string) => a1(map.valueCell[fieldId].row, map.valueCell[fieldId].col);
const NAME_CELL = ref(UNIT_NAME_FIELD);
const COUNT_CELL = ref('so_may_tinh');
const COUNT = inputs().so_may_tinh as unknown as number;
const SCORE_CELL = a1(map.scoreCell['1.1'].row, map.scoreCell['1.1'].col);

const ok = (extra: Omit<Extract<Expect, { accepted: true }>, 'accepted'> = {}): Expect => ({ accepted: true, ...extra });
const no = (rejected: RejectCode): Expect => ({ rejected });

/** The cell `cell` of the form sheet replaced by `xml` (a whole <c> element). */
function withCell(bytes: Uint8Array, cell: string, xml: string): Uint8Array {
  return editPart(bytes, FORM_SHEET, (s) => s.replace(new RegExp(`<c r="${cell}"[^>]*?(?:/>|>.*?</c>)`), xml));
}
const inline = (cell: string, text: string) => `<c r="${cell}" t="inlineStr"><is><t>${text}</t></is></c>`;
const number = (cell: string, v: string) => `<c r="${cell}"><v>${v}</v></c>`;

const part = (bytes: Uint8Array, path: string, edit: (xml: string) => string) => editPart(bytes, path, edit);
const without = (bytes: Uint8Array, path: string) => rezip(bytes, (f) => delete f[path]);
const withPart = (bytes: Uint8Array, path: string, content: Uint8Array | string) =>
  rezip(bytes, (f) => (f[path] = typeof content === 'string' ? strToU8(content) : content));

/** The zip with every entry stored (no compression), as some tools write. */
function stored(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])) as never);
}

/** The bytes with a general-purpose flag or method changed in every local and central header. */
function patchHeaders(bytes: Uint8Array, patch: (view: DataView, at: number, central: boolean) => void): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) patch(view, i, false);
    else if (sig === 0x02014b50) patch(view, i, true);
  }
  return out;
}

/** Bytes that do not compress (a video or a scan). */
function noise(size: number): Uint8Array {
  const next = rng(size);
  return new Uint8Array(size).map(() => Math.floor(next() * 256));
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);
const PDF = strToU8('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HTML_XLS = strToU8('<html><body><table><tr><td>Tên đơn vị</td><td>Phường Tiên Cát</td></tr></table></body></html>');

// Longer than 60 lines because it is the table of kinds: one row each, read top to bottom.
export function corpusKinds(): KindRow[] {
  const good = form();
  const name = (text: string) => () => withCell(good, NAME_CELL, inline(NAME_CELL, text));
  const rows: [group: string, kind: string, name: string, bytes: () => Uint8Array, expect: Expect][] = [
    // The file is not an .xlsx workbook at all.
    ['file', 'one byte', 'one.xlsx', () => new Uint8Array([0x50]), no('notZip')],
    ['file', 'only "PK"', 'pk.xlsx', () => strToU8('PK'), no('notZip')],
    ['file', 'zeros', 'zeros.xlsx', () => new Uint8Array(4096), no('notZip')],
    ['file', 'a PNG picture renamed .xlsx', 'anh.xlsx', () => PNG, no('notZip')],
    ['file', 'a PDF renamed .xlsx', 'bao-cao.xlsx', () => PDF, no('notZip')],
    ['file', 'an HTML table saved as Excel', 'html.xlsx', () => HTML_XLS, no('notZip')],
    ['file', 'a gzip of the form', 'gz.xlsx', () => gzipSync(good), no('notZip')],
    ['file', 'truncated at 90%', 'cut90.xlsx', () => good.slice(0, Math.floor(good.length * 0.9)), no('truncated')],
    ['file', 'end-of-directory record cut off', 'noeocd.xlsx', () => good.slice(0, good.length - 10), no('truncated')],
    ['file', 'bytes appended after the zip', 'tail.xlsx', () => new Uint8Array([...good, ...strToU8('rác ở cuối tệp')]), ok()],
    // The zip holds something else, or is damaged.
    ['zip', 'an OpenDocument spreadsheet renamed .xlsx', 'ods.xlsx', () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') }), no('missingPart')],
    ['zip', 'a Word document renamed .xlsx', 'docx.xlsx', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }), no('missingPart')],
    ['zip', 'an empty zip', 'emptyzip.xlsx', () => zipSync({}), no('missingPart')],
    ['zip', 'workbook part missing', 'noworkbook.xlsx', () => without(good, 'xl/workbook.xml'), no('missingPart')],
    ['zip', 'sheet part missing', 'nosheet.xlsx', () => without(good, FORM_SHEET), no('missingPart')],
    ['zip', 'workbook relationships missing', 'norels.xlsx', () => without(good, 'xl/_rels/workbook.xml.rels'), no('missingPart')],
    ['zip', 'package relationships missing', 'nopkgrels.xlsx', () => without(good, '_rels/.rels'), ok()],
    ['zip', 'shared strings missing', 'nosst.xlsx', () => without(good, 'xl/sharedStrings.xml'), no('malformedXml')],
    ['zip', 'styles missing', 'nostyles.xlsx', () => without(good, 'xl/styles.xml'), ok()],
    ['zip', 'entries stored without compression', 'stored.xlsx', () => stored(good), ok()],
    ['zip', 'entries marked encrypted', 'zipcrypto.xlsx', () => patchHeaders(good, (v, at, central) => v.setUint16(at + (central ? 8 : 6), v.getUint16(at + (central ? 8 : 6), true) | 1, true)), no('encrypted')],
    ['zip', 'entries compressed with LZMA', 'lzma.xlsx', () => patchHeaders(good, (v, at, central) => v.setUint16(at + (central ? 10 : 8), 14, true)), no('unsupported')],
    ['zip', 'central directory says another uncompressed size', 'cdsize.xlsx', () => patchHeaders(good, (v, at, central) => central && v.setUint32(at + 24, v.getUint32(at + 24, true) + 7, true)), no('truncated')],
    ['zip', 'a picture of 4 MB beside the form', 'picture.xlsx', () => withPart(good, 'xl/media/image1.png', noise(4 * 1024 * 1024)), ok()],
    ['zip', 'a custom XML part', 'customxml.xlsx', () => withPart(good, 'customXml/item1.xml', '<root>dữ liệu riêng</root>'), ok()],
    ['zip', 'an external link part', 'extlink.xlsx', () => withPart(good, 'xl/externalLinks/externalLink1.xml', '<externalLink/>'), ok()],
    ['zip', 'entry named with "../"', 'slip.xlsx', () => withPart(good, '../../evil.txt', 'x'), ok()],
    ['zip', 'a macro part under another name', 'vba2.xlsx', () => withPart(good, 'xl/vbaProject.bin', new Uint8Array(128)), no('macroEnabled')],
    // The XML inside is damaged or odd.
    ['xml', 'sheet XML cut in the middle', 'badxml.xlsx', () => part(good, FORM_SHEET, (s) => s.slice(0, s.length / 2)), no('malformedXml')],
    ['xml', 'workbook XML not closed', 'badwb.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace('</workbook>', '')), no('malformedXml')],
    ['xml', 'shared strings XML broken', 'badsst.xlsx', () => part(good, 'xl/sharedStrings.xml', (s) => s.replace('</sst>', '<si>')), no('malformedXml')],
    ['xml', 'a DOCTYPE in the sheet', 'doctype2.xlsx', () => part(good, FORM_SHEET, (s) => s.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')), no('doctype')],
    ['xml', 'a byte-order mark before the sheet XML', 'bom.xlsx', () => withPart(good, FORM_SHEET, new Uint8Array([0xef, 0xbb, 0xbf, ...unzipSync(good)[FORM_SHEET]])), ok()],
    ['xml', 'processing instructions and comments in the sheet', 'pi.xlsx', () => part(good, FORM_SHEET, (s) => s.replace('<sheetData>', '<!-- sửa tay --><?mso-application progid="Excel.Sheet"?><sheetData>')), ok()],
    ['xml', 'namespace prefixes on every element (x:)', 'prefix.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3').replace('xmlns=', 'xmlns:x=')), ok()],
    ['xml', 'a cell reference beyond column XFD', 'bigcol.xlsx', () => appendToSheetData(good, '<row r="90"><c r="ZZZZZZ90"><v>1</v></c></row>'), no('outsideGrid')],
    ['xml', 'a row number beyond 1,048,576', 'bigrow.xlsx', () => appendToSheetData(good, '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'), no('outsideGrid')],
    ['xml', 'a dimension of the whole grid', 'dimension.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')), ok()],
    ['xml', 'a merge beyond the grid', 'bigmerge.xlsx', () => afterSheetData(good, '<mergeCells count="1"><mergeCell ref="A1:ZZZZ9999999"/></mergeCells>'), no('outsideGrid')],
    ['xml', 'a cell at XFD1048576', 'corner.xlsx', () => appendToSheetData(good, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), ok()],
    ['xml', 'a cell in row 0', 'row0.xlsx', () => appendToSheetData(good, '<row r="0"><c r="A0"><v>1</v></c></row>'), no('outsideGrid')],
    ['xml', 'cells without references', 'noref.xlsx', () => appendToSheetData(good, '<row r="95"><c><v>1</v></c><c><v>2</v></c></row>'), ok()],
    ['xml', 'a shared-string index out of range', 'sstrange.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}" t="s"><v>999999</v></c>`), no('malformedXml')],
    ['xml', 'a cell of unknown type (read as its value)', 'type.xlsx', () => withCell(good, COUNT_CELL, `<c r="${COUNT_CELL}" t="q"><v>${COUNT}</v></c>`), ok()],
    ['xml', 'empty value elements (openpyxl)', 'emptyv.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/(<c r="[F-F]\d+"[^>]*><f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1<v></v>')), ok()],
    ['xml', 'no cached values at all', 'nocache.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1')), ok()],
    ['xml', 'the unit name as an inline string', 'inline.xlsx', name(UNIT), ok({ unit: UNIT })],
    ['xml', 'the unit name as rich text in two runs', 'rich.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}" t="inlineStr"><is><r><rPr><b/></rPr><t>Phường </t></r><r><t>Tiên Cát</t></r></is></c>`), ok({ unit: UNIT })],
    ['xml', 'the unit name in CDATA', 'cdata.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}" t="inlineStr"><is><t><![CDATA[Phường Tiên Cát]]></t></is></c>`), ok({ unit: UNIT })],
    ['xml', 'the unit name with character references', 'charref.xlsx', name('Ph&#432;&#7901;ng Ti&#xEA;n C&#225;t'), ok({ unit: UNIT })],
    ['xml', 'a formula string result (t="str") as the unit name', 'str.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}" t="str"><f>"Phường Tiên Cát"</f><v>Phường Tiên Cát</v></c>`), ok({ unit: UNIT })],
    // Cells with values of another kind than the form expects.
    ['cells', 'a count as text "20"', 'numtext.xlsx', () => withCell(good, COUNT_CELL, inline(COUNT_CELL, String(COUNT))), ok({ flag: 'input' })],
    ['cells', 'a count with a decimal comma "12,5"', 'comma.xlsx', () => withCell(good, COUNT_CELL, inline(COUNT_CELL, '12,5')), ok({ flag: 'input' })],
    ['cells', 'a count as a boolean', 'bool.xlsx', () => withCell(good, COUNT_CELL, `<c r="${COUNT_CELL}" t="b"><v>1</v></c>`), ok({ flag: 'input' })],
    ['cells', 'a count as an error value #DIV/0!', 'err.xlsx', () => withCell(good, COUNT_CELL, `<c r="${COUNT_CELL}" t="e"><v>#DIV/0!</v></c>`), ok({ flag: 'input' })],
    ['cells', 'a count of 1e308', 'huge.xlsx', () => withCell(good, COUNT_CELL, number(COUNT_CELL, '1e308')), ok({ flag: 'scoreMismatch' })],
    ['cells', 'a count written "1e400" (infinite)', 'inf.xlsx', () => withCell(good, COUNT_CELL, number(COUNT_CELL, '1e400')), no('malformedXml')],
    ['cells', 'a count "NaN"', 'nan.xlsx', () => withCell(good, COUNT_CELL, number(COUNT_CELL, 'NaN')), no('malformedXml')],
    ['cells', 'a count of -0', 'negzero.xlsx', () => withCell(good, COUNT_CELL, number(COUNT_CELL, '-0')), ok({ flag: 'input' })],
    ['cells', 'a fractional count 20.5', 'frac.xlsx', () => withCell(good, COUNT_CELL, number(COUNT_CELL, String(COUNT + 0.5))), ok({ flag: 'input' })],
    ['cells', 'a count typed as a formula with its value', 'formula-input.xlsx', () => withCell(good, COUNT_CELL, `<c r="${COUNT_CELL}"><f>${COUNT}*1</f><v>${COUNT}</v></c>`), ok()],
    ['cells', 'a count typed as a formula never calculated', 'formula-nocache.xlsx', () => withCell(good, COUNT_CELL, `<c r="${COUNT_CELL}"><f>10*2</f></c>`), ok({ flag: 'input' })],
    ['cells', 'a choice typed in lower case (matched)', 'choice-case.xlsx', () => form({ muc_do_qlvb: 'chưa sử dụng' }), ok()],
    ['cells', 'a choice not in the list', 'choice-other.xlsx', () => form({ muc_do_qlvb: 'Dùng thử' }), ok({ flag: 'input' })],
    ['cells', 'a yes/no cell holding TRUE', 'yes-true.xlsx', () => withCell(good, ref('co_mang_lan'), `<c r="${ref('co_mang_lan')}" t="b"><v>1</v></c>`), ok({ flag: 'input' })],
    ['cells', 'a score typed over with text', 'score-text.xlsx', () => withCell(good, SCORE_CELL, inline(SCORE_CELL, 'đủ điểm')), ok({ flag: 'formulaOverwritten' })],
    ['cells', 'a score cell emptied', 'score-empty.xlsx', () => withCell(good, SCORE_CELL, `<c r="${SCORE_CELL}"/>`), ok({ flag: 'formulaOverwritten' })],
    ['cells', 'a cached score that differs from the recomputed one', 'mismatch.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(new RegExp(`(<c r="${SCORE_CELL}"[^>]*><f>[^<]*</f>)<v>[^<]*</v>`), '$1<v>0.25</v>')), ok({ flag: 'scoreMismatch' })],
    // Unit names a consolidator meets.
    ['name', 'only spaces', 'spaces.xlsx', name('   '), no('noUnitName')],
    ['name', 'non-breaking and zero-width spaces around it', 'nbsp.xlsx', name('\u00a0Phường\u00a0Tiên Cát\u200b'), ok({ unit: UNIT })],
    ['name', 'line breaks inside', 'newline.xlsx', name('Phường\nTiên Cát'), ok({ unit: UNIT })],
    ['name', 'in capitals', 'caps.xlsx', name('PHƯỜNG TIÊN CÁT'), ok({ unit: UNIT })],
    ['name', 'without "Phường"', 'short.xlsx', name('Tiên Cát'), ok({ unit: UNIT })],
    ['name', '"UBND phường" before it', 'ubnd2.xlsx', name('UBND phường Tiên Cát'), ok({ unit: UNIT })],
    ['name', '300 characters', 'long.xlsx', name('Phường Tiên Cát '.repeat(19)), ok({ flag: 'unknownUnit' })],
    ['name', 'with an emoji', 'emoji.xlsx', name('Phường Tiên Cát 🌸'), ok({ flag: 'unknownUnit' })],
    ['name', 'with []:*?/\\ characters', 'chars.xlsx', name('Phường [Tiên]: Cát*?/\\'), ok({ flag: 'unknownUnit' })],
    ['name', 'starting with an apostrophe', 'apos.xlsx', name("'Phường Tiên Cát'"), ok({ flag: 'unknownUnit' })],
    ['name', 'with a terminal escape sequence', 'escape.xlsx', name('Phường \u001b[31mTiên Cát\u001b[0m'), ok({ unit: UNIT })],
    ['name', 'with right-to-left override characters', 'bidi.xlsx', name('Phường \u202eTiên Cát\u202c'), ok({ unit: UNIT })],
    ['name', 'only control characters', 'controls.xlsx', name('\u0007\u0008'), no('noUnitName')],
    ['name', 'a number instead of a name', 'number-name.xlsx', () => withCell(good, NAME_CELL, number(NAME_CELL, '12345')), ok({ flag: 'unknownUnit' })],
    ['name', 'typed in TCVN3 (.VnTime)', 'tcvn3.xlsx', name(asTcvn3('Phường Tiên Cát'.toLowerCase()).replace(/^ph/, 'Ph')), ok({ flag: 'legacyFont', unit: UNIT })],
    ['name', 'typed in VNI (VNI-Times)', 'vni.xlsx', name(asVni(UNIT)), ok({ flag: 'legacyFont', unit: UNIT })],
    ['name', 'odd legacy characters no encoding reads', 'legacy-odd.xlsx', name('Ph¸¸ ¹¹ ä'), ok({ flag: 'legacyFont' })],
    ['text', 'evidence typed in TCVN3', 'evidence-tcvn3.xlsx', () => form({}, { ...fullEvidence(xa), '1.1': asTcvn3('quyết định số 12 của ủy ban nhân dân') }), ok({ flag: 'legacyFont', unit: UNIT })],
    ['text', 'a note typed in VNI', 'note-vni.xlsx', () => form({}, fullEvidence(xa), { '1.1': asVni('Số liệu đến tháng chín') }), ok({ flag: 'legacyFont', unit: UNIT })],
    ['text', 'a note of 40,000 characters', 'longnote.xlsx', () => form({}, fullEvidence(xa), { '1.1': 'Ghi chú rất dài. '.repeat(2400) }), ok({ unit: UNIT })],
    // Workbooks around the form.
    ['workbook', 'two forms in one workbook', 'two.xlsx', () => severalFormsBytes(xa, [{ name: 'Phường Gia Cẩm', total: 90 }, { name: 'Phường Dữu Lâu', total: 85 }]), ok({ forms: 2 })],
    ['workbook', 'a form and an unrelated sheet', 'extra-sheet.xlsx', () => extraSheets(1), ok({ unit: UNIT })],
    ['workbook', 'a form among 200 empty sheets', 'many-sheets.xlsx', () => extraSheets(200), ok({ unit: UNIT })],
    ['workbook', 'the form sheet hidden', 'hidden.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace('<sheet name=', '<sheet state="hidden" name=')), ok({ unit: UNIT })],
    ['workbook', 'the form sheet renamed', 'renamed.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace(/<sheet name="[^"]*"/, '<sheet name="Biểu tự chấm 2018"')), ok({ unit: UNIT })],
    ['workbook', 'the sheet protected with a password', 'protected.xlsx', () => afterSheetData(good, '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>'), ok({ unit: UNIT })],
    ['workbook', 'the workbook structure protected', 'wbprotect.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace('<bookViews>', '<workbookProtection lockStructure="1"/><bookViews>')), ok({ unit: UNIT })],
    ['workbook', 'a defined name over the whole grid', 'bigname.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace('</definedNames>', `<definedName name="TatCa">'Phụ lục II'!$A$1:$XFD$1048576</definedName></definedNames>`)), ok({ unit: UNIT })],
    ['workbook', 'a defined name beyond the grid', 'badname.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace('</definedNames>', `<definedName name="Ngoai">'Phụ lục II'!$A$1:$ZZZZ$99999999</definedName></definedNames>`)), ok({ unit: UNIT })],
    ['workbook', 'the identity marker of another set', 'marker-so.xlsx', () => part(good, 'xl/sharedStrings.xml', (s) => s.replace('#egov|form=phutho-2018-xa', '#egov|form=phutho-2018-so')), no('unknownSet')],
    ['workbook', 'the identity marker of an unknown set', 'marker-unknown.xlsx', () => part(good, 'xl/sharedStrings.xml', (s) => s.replace('#egov|form=phutho-2018-xa', '#egov|form=tinh-khac-2018')), no('unknownSet')],
    ['workbook', 'the identity marker with a garbled version', 'marker-version.xlsx', () => part(good, 'xl/sharedStrings.xml', (s) => s.replace(/(#egov\|form=phutho-2018-xa;v=)[^<;]*/, '$1???')), no('otherVersion')],
    // More of what arrives: names of files, odd but valid forms, limits.
    ['file', 'a real form named "~$…" (not an Office lock file)', '~$bao-cao.xlsx', () => good, ok({ unit: UNIT })],
    ['file', 'a name ending in spaces', 'bao cao  .xlsx', () => good, ok({ unit: UNIT })],
    ['file', 'an upper-case extension', 'BAOCAO.XLSX', () => good, ok({ unit: UNIT })],
    ['file', 'an old .xls (OLE2) workbook', 'cu.xls', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(1016).fill(0)]), no('encrypted')],
    ['file', 'a file of 21 MB', 'big.xlsx', () => withPart(good, 'xl/media/video.bin', noise(21 * 1024 * 1024)), no('tooLarge')],
    ['zip', '2,500 parts', 'parts.xlsx', () => rezip(good, (f) => { for (let i = 0; i < 2500; i++) f[`xl/extra/p${i}.xml`] = strToU8('<x/>'); }), no('tooManyEntries')],
    ['xml', '16,000 empty cells in one row', 'cells.xlsx', () => appendToSheetData(good, `<row r="200">${Array.from({ length: 16000 }, (_, c) => `<c r="${a1(199, c)}"/>`).join('')}</row>`.repeat(1)), ok()],
    ['xml', 'the sheet XML indented with Windows line ends', 'pretty.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/></g, '>\r\n  <')), ok({ unit: UNIT })],
    ['xml', 'every style reference removed', 'nostyle-refs.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/ s="\d+"/g, '')), ok({ unit: UNIT })],
    ['xml', 'data validations removed', 'novalid.xlsx', () => part(good, FORM_SHEET, (s) => s.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '')), ok({ unit: UNIT })],
    ['xml', 'the print area removed', 'noprint.xlsx', () => part(good, 'xl/workbook.xml', (s) => s.replace(/<definedNames>[\s\S]*<\/definedNames>/, '')), ok({ unit: UNIT })],
    ['xml', 'the sheet shown right to left', 'rtl.xlsx', () => part(good, FORM_SHEET, (s) => s.replace('<sheetView ', '<sheetView rightToLeft="1" ')), ok({ unit: UNIT })],
    ['xml', 'the unit name as a formula with its value', 'name-formula.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}" t="str"><f>CONCATENATE("Phường ","Tiên Cát")</f><v>Phường Tiên Cát</v></c>`), ok({ unit: UNIT })],
    ['xml', 'the unit name as a formula never calculated', 'name-formula-nocache.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}"><f>CONCATENATE("Phường ","Tiên Cát")</f></c>`), no('noUnitName')],
    ['xml', 'leading spaces kept by xml:space', 'space.xlsx', () => withCell(good, NAME_CELL, `<c r="${NAME_CELL}" t="inlineStr"><is><t xml:space="preserve">   Phường Tiên Cát   </t></is></c>`), ok({ unit: UNIT })],
    ['cells', 'a percentage typed as 85 instead of 85%', 'pct85.xlsx', () => form({ ty_le_van_ban_dien_tu: 85 }), ok({ flag: 'input' })],
    ['cells', 'a percentage typed as text "85%"', 'pcttext.xlsx', () => form({ ty_le_van_ban_dien_tu: '85%' }), ok({ flag: 'input' })],
    ['cells', 'a choice with spaces around it (flagged: the form’s formulas do not trim either)', 'choice-spaces.xlsx', () => form({ muc_do_qlvb: '  Chưa sử dụng ' }), ok({ flag: 'input' })],
    ['cells', 'every input blank but the name', 'blank.xlsx', () => filledFormBytes(xa, { [UNIT_NAME_FIELD]: UNIT }, { evidence: fullEvidence(xa) }), ok({ flag: 'input' })],
    ['cells', 'evidence not cited where required', 'noevidence2.xlsx', () => form({}, {}), ok({ flag: 'evidenceMissing' })],
    ['name', 'with tabs inside', 'tabs.xlsx', name('Phường\tTiên\tCát'), ok({ unit: UNIT })],
    ['name', 'tones as combining marks after precomposed letters (Windows-1258 style)', 'cp1258.xlsx', name('Phươ\u0300ng Tiên Ca\u0301t'), ok({ unit: UNIT })],
    ['name', 'typed in VIQR ("Phu+o+`ng")', 'viqr.xlsx', name('Phu+o+`ng Tie^n Ca\'t'), ok({ flag: 'unknownUnit' })],
    ['name', 'only a soft hyphen and a zero-width space', 'invisible.xlsx', name('\u00ad\u200b'), no('noUnitName')],
    ['name', 'in old tone style and lower case', 'oldstyle.xlsx', name('phường tiên cát'), ok({ unit: UNIT })],
    ['workbook', 'the form after a cover sheet', 'cover.xlsx', () => coverFirst(), ok({ unit: UNIT })],
    ['workbook', 'a master written by this program, given as a submission', 'tong-hop.xlsx', () => masterBytes(), no('isMaster')],
    ['workbook', 'columns inserted left of the table', 'cols.xlsx', () => filledFormBytes(xa, inputs(), { evidence: fullEvidence(xa), edit: (plan) => shiftColumns(plan.sheets[0], 2) }), ok({ unit: UNIT })],
  ];
  function coverFirst(): Uint8Array {
    const { plan } = filledFormPlan(xa, inputs(), { evidence: fullEvidence(xa) });
    plan.sheets.unshift({ name: 'Bìa', columns: [], cells: [{ row: 0, col: 0, value: 'Báo cáo tự đánh giá năm 2018' }], merges: [], validations: [], protect: false });
    return writeWorkbook(plan, { cached: true });
  }
  function extraSheets(n: number): Uint8Array {
    const { plan } = filledFormPlan(xa, inputs(), { evidence: fullEvidence(xa) });
    for (let i = 0; i < n; i++) plan.sheets.push({ name: `Trang ${i + 1}`, columns: [], cells: i === 0 ? [{ row: 0, col: 0, value: 'Ghi chép riêng' }] : [], merges: [], validations: [], protect: false });
    return writeWorkbook(plan, { cached: true });
  }
  return rows.map(([group, kind, fileName, bytes, expect]) => ({ group, kind, name: fileName, bytes, expect }));
}

/** The master `rank` writes for two units: never a submission. */
function masterBytes(): Uint8Array {
  const results = [UNIT, 'Phường Gia Cẩm'].map((unit, i) => readSubmission({ name: `f${i}.xlsx`, bytes: filledFormBytes(xa, inputsForTotal(xa, unit, 90), { evidence: fullEvidence(xa) }) }, [xa]));
  return writeWorkbook(masterPlan(mergeSubmissions(emptyMaster(builtinRoster('viettri-xa')), results, '2018-10-05T08:00:00Z').state, [xa]));
}

/** The sheet with every cell, merge and validation moved `n` columns right (columns inserted at the left). */
function shiftColumns(sheet: SheetPlan, n: number): void {
  sheet.cells = sheet.cells.map((c) => ({ ...c, col: c.col + n, ...(c.formula ? { formula: shiftFormula(c.formula, 0, n) } : {}) }));
  sheet.merges = sheet.merges.map((m) => ({ ...m, col: m.col + n }));
  sheet.validations = sheet.validations.map((v) => ({ ...v, range: { ...v.range, col: v.range.col + n } }));
  sheet.columns = [];
  delete sheet.print;
}

/** Kinds and outcomes as lines for a closing note: "group: kind -> outcome". */
export const describeRow = (r: KindRow) => `${r.group}: ${r.kind} -> ${'rejected' in r.expect ? `rejected (${r.expect.rejected})` : `accepted${r.expect.flag ? ` with flag ${r.expect.flag}` : ''}`}`;
