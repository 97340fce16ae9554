// The fixed layout of the Phụ lục sheet and the hidden identity keys it carries.
//
// Identity lives in cells, not in defined names, so it survives a save in Excel and in
// LibreOffice, a move or copy of the sheet into another workbook (no name conflicts), and
// rows inserted anywhere: every keyed row carries its own key in the hidden KEY column.
//
// KEY column cells hold strings "#egov|k1=v1;k2=v2…":
//   row of the title block      "#egov|form=<setId>;v=<versionHash>;app=egov-scorecard"
//   table header row            "#egov|header"
//   a general-information field "#egov|field=<fieldId>"
//   a criterion row             "#egov|crit=<code>" (+ ";field=<fieldId>" when its single
//                               field's value sits on the same row)
//   a field row under a criterion "#egov|field=<fieldId>;of=<code>"
//   a section sub-total row     "#egov|sec=<code>"
//   the total row               "#egov|total"
//   the band row                "#egov|band"
// The "Kiểm tra số liệu" column, beside the points, holds on each criterion row that invalid data
// can void the workbook's own reason it scores 0 ("0 điểm — số liệu không hợp lệ: 25 > 20"), a
// formula that clears as the data is corrected; forms made before it have no such column.
// The HELPER column (KEY + 1, hidden) holds, on a cohort criterion's row, the best value
// its formula divides by.
//
// Readers find the KEY column by scanning for the "#egov|form=" marker (columns may have
// been inserted), and the value/score/check/evidence/note columns from the table header labels.

export const KEY_PREFIX = '#egov|';

/** 0-based column indexes as the form plan writes them. */
export const COL = {
  stt: 0, // A  STT
  name: 1, // B  Tiêu chí
  guidance: 2, // C  Cách tính điểm
  max: 3, // D  Điểm tối đa
  value: 4, // E  Số liệu
  score: 5, // F  Điểm tự đánh giá
  check: 6, // G  Kiểm tra số liệu
  evidence: 7, // H  Tài liệu kiểm chứng
  note: 8, // I  Ghi chú
  key: 9, // J  (hidden) identity keys
  helper: 10, // K  (hidden) cohort best values
} as const;

/** The place of each column in forms made before the "Kiểm tra số liệu" column (G..J: evidence, note, key, helper). */
export const OLD_COL = { ...COL, check: undefined, evidence: 6, note: 7, key: 8, helper: 9 } as const;

/** Table header labels, in column order A..I; readers match them after NFC normalisation. */
export const HEADER_LABELS = [
  'STT',
  'Tiêu chí',
  'Cách tính điểm',
  'Điểm tối đa',
  'Số liệu',
  'Điểm tự đánh giá',
  'Kiểm tra số liệu',
  'Tài liệu kiểm chứng',
  'Ghi chú',
] as const;

export type KeyFields = Record<string, string>;

/** "#egov|a=1;b=2" from {a:"1", b:"2"}; values must not contain ';' or '='. */
export function formatKey(fields: KeyFields): string {
  return (
    KEY_PREFIX +
    Object.entries(fields)
      .map(([k, v]) => (v === '' ? k : `${k}=${v}`))
      .join(';')
  );
}

/** The fields of a key cell, or null when the text is not a key. */
export function parseKey(text: unknown): KeyFields | null {
  if (typeof text !== 'string' || !text.startsWith(KEY_PREFIX)) return null;
  const out: KeyFields = Object.create(null);
  for (const part of text.slice(KEY_PREFIX.length).split(';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) out[part] = '';
    else out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}
