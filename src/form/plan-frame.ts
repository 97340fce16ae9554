// The frame around the criteria table of the Phụ lục sheet (Nghị định 30/2020): the header block
// (governing body and unit on the left, Quốc hiệu and Tiêu ngữ on the right, number, place and
// date, the title and the set's documents, the reconstructed parts) and the signature block.

import type { CriteriaSet } from '../criteria/model';
import { a1 } from '../plan/address';
import type { FormMap, FormOptions } from './api';
import { headerCells } from './header';
import { COL } from './layout';
import type { SheetBuilder } from './sheet-builder';
import { dataPeriodLine, deadlineLine, FORM_TEXT, guidanceLine, legalBasisLine, reconstructedLine } from './text';

const LAST_VISIBLE_COL = COL.note;
const LEFT_BLOCK = { col: COL.stt, cols: 3 }; // A:C
const RIGHT_BLOCK = { col: COL.max, cols: COL.note - COL.max + 1 }; // D:I
const FULL_WIDTH = LAST_VISIBLE_COL + 1;
const SIGNATURE_SPACE = 70; // points left blank for signatures and the seal
const NAME_SPACE = 24; // points for the signer's name under the signature
/** The general field whose value is the preparer's name in the signature block, when a set has it. */
const CONTACT_FIELD = 'nguoi_lien_he';

/** Title block rows 0..n (the unit's lines come later, see writeUnitHeader); returns the next free row. */
export function writeHeader(b: SheetBuilder, set: CriteriaSet): number {
  const right = (row: number, value: string, style: string) => b.put(row, RIGHT_BLOCK.col, { value }, style, RIGHT_BLOCK.cols);
  const full = (row: number, value: string, style: string) => b.put(row, 0, { value }, style, FULL_WIDTH);
  right(0, FORM_TEXT.nation, 'nation');
  right(1, FORM_TEXT.motto, 'motto');
  let row = 4;
  full(row++, set.formName, 'formName');
  full(row++, FORM_TEXT.reportTitle, 'title');
  full(row++, set.title, 'subtitle');
  full(row++, legalBasisLine(set), 'basis');
  const guidance = guidanceLine(set);
  if (guidance) full(row++, guidance, 'basis');
  full(row++, dataPeriodLine(set), 'basis');
  const deadline = deadlineLine(set);
  if (deadline) full(row++, deadline, 'basis');
  const reconstructed = set.provenance.reconstructed;
  if (reconstructed.length > 0) {
    full(++row, FORM_TEXT.reconstructedTitle, 'notice');
    row++;
    for (const part of reconstructed) full(row++, reconstructedLine(part), 'noticePart');
  }
  return row + 1;
}

/**
 * The unit's lines of the header (governing body, unit, number, place and date): formulas over
 * the general fields, with their results for the planned inputs as cached values.
 */
export function writeUnitHeader(b: SheetBuilder, set: CriteriaSet, map: FormMap, inputs: FormOptions['inputs']): void {
  const cells = headerCells(set, map.valueCell, inputs ?? {});
  const left = (row: number, cell: { formula: string; value: string }, style: string) => b.put(row, LEFT_BLOCK.col, cell, style, LEFT_BLOCK.cols);
  left(0, cells.superior, 'superior');
  left(1, cells.unit, 'unitName');
  left(2, cells.docNumber, 'docNumber');
  b.put(2, RIGHT_BLOCK.col, cells.placeDate, 'placeDate', RIGHT_BLOCK.cols);
}

/**
 * Signature block below the table (Nghị định 30/2020): the signer's role in bold capitals, what to
 * do in italics, room for the signature and seal, then a line for the name in bold — the preparer's
 * taken from the contact person when the set has that field. Returns its last row.
 */
export function writeSignatures(b: SheetBuilder, map: FormMap, inputs: FormOptions['inputs'], firstRow: number): number {
  const leftCell = (row: number, content: { value?: string; formula?: string }, style: string) => b.put(row, LEFT_BLOCK.col, content, style, LEFT_BLOCK.cols);
  const right = (row: number, value: string, style: string) => b.put(row, COL.value, { value }, style, LAST_VISIBLE_COL - COL.value + 1);
  leftCell(firstRow, { value: FORM_TEXT.preparer }, 'signTitle');
  right(firstRow, FORM_TEXT.head, 'signTitle');
  leftCell(firstRow + 1, { value: FORM_TEXT.preparerNote }, 'signNote');
  right(firstRow + 1, FORM_TEXT.headNote, 'signNote');
  b.minHeight(firstRow + 2, SIGNATURE_SPACE);
  const nameRow = firstRow + 3;
  const contact = map.valueCell[CONTACT_FIELD];
  if (contact) {
    const ref = a1(contact.row, contact.col);
    const name = inputs?.[CONTACT_FIELD];
    const value = typeof name === 'string' ? name.replace(/ +/g, ' ').trim() : name === null || name === undefined ? '' : String(name);
    leftCell(nameRow, { formula: `TRIM(${ref})`, value }, 'signName');
  } else leftCell(nameRow, {}, 'signName');
  b.put(nameRow, COL.value, {}, 'signName', LAST_VISIBLE_COL - COL.value + 1);
  b.minHeight(nameRow, NAME_SPACE);
  return nameRow;
}
