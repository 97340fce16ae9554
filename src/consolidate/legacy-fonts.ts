// Text a unit typed in a legacy Vietnamese font (TCVN3/ABC .VnTime, VNI-Times): converted to
// Unicode before the form is scored and merged, each conversion told to the consolidator by a
// flag naming the cell, the encoding and the text before and after; text that looks like a
// legacy font's but cannot be decoded is flagged, never changed. See src/util/legacy-vietnamese.

import type { CellPos, FilledForm } from '../form/api';
import type { InputValue } from '../criteria/model';
import { a1 } from '../plan/address';
import { msg, type Message } from '../messages';
import { readLegacyVietnamese } from '../util/legacy-vietnamese';
import type { Flag } from './types';

interface Where {
  cell?: CellPos;
  criterionCode?: string;
  fieldId?: string;
}

function flagOf(message: Message, where: Where): Flag {
  return {
    kind: 'legacyFont',
    ...(where.criterionCode === undefined ? {} : { criterionCode: where.criterionCode }),
    ...(where.fieldId === undefined ? {} : { fieldId: where.fieldId }),
    message,
  };
}

/** The text in Unicode, and the flag saying what was done (none when it was Unicode already). */
function decodeText(text: string, sheet: string, where: Where): { text: string; flag?: Flag } {
  const reading = readLegacyVietnamese(text);
  if (reading.kind === 'unicode') return { text };
  const cell = where.cell ? a1(where.cell.row, where.cell.col) : '?';
  if (reading.kind === 'unreadable') return { text, flag: flagOf(msg('intake.legacyUnreadable', { sheet, cell, text }), where) };
  const code = reading.from === 'tcvn3' ? 'intake.legacyTcvn3' : 'intake.legacyVni';
  return { text: reading.text, flag: flagOf(msg(code, { sheet, cell, before: text, after: reading.text }), where) };
}

/** The form with every text (inputs, evidence, notes) in Unicode, and a flag per conversion. */
export function decodeLegacyFonts(form: FilledForm): { form: FilledForm; flags: Flag[] } {
  const flags: Flag[] = [];
  const sheet = form.map.sheetName;
  const decodeAll = <V>(values: Record<string, V>, where: (key: string) => Where): Record<string, V> => {
    const out: Record<string, V> = {};
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== 'string') {
        out[key] = value;
        continue;
      }
      const decoded = decodeText(value, sheet, where(key));
      if (decoded.flag) flags.push(decoded.flag);
      out[key] = decoded.text as V;
    }
    return out;
  };
  const inputs = decodeAll<InputValue>(form.inputs, (fieldId) => ({ cell: form.map.valueCell[fieldId], fieldId }));
  const evidence = decodeAll(form.evidence, (code) => ({ cell: form.map.evidenceCell[code], criterionCode: code }));
  const notes = decodeAll(form.notes, (code) => ({ cell: form.map.noteCell[code], criterionCode: code }));
  return { form: { ...form, inputs, evidence, notes }, flags };
}
