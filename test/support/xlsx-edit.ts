// Editing the parts of a real .xlsx as another program (or a hand with a zip tool) would:
// the corpus, the bounds tests and the fuzz test build their bad files with these.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const FORM_SHEET = 'xl/worksheets/sheet1.xml';

/** The file re-zipped after `change` edited its parts. */
export function rezip(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files, { level: 6 });
}

/** The file with the text of part `path` replaced by `edit(text)`. */
export function editPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  return rezip(bytes, (files) => {
    const part = files[path];
    if (!part) throw new Error(`no part ${path}`);
    files[path] = strToU8(edit(strFromU8(part)));
  });
}

/** The file with `xml` added at the end of the first sheet's <sheetData>. */
export function appendToSheetData(bytes: Uint8Array, xml: string, path = FORM_SHEET): Uint8Array {
  return editPart(bytes, path, (s) => s.replace('</sheetData>', `${xml}</sheetData>`));
}

/** The file with `xml` added right after the first sheet's </sheetData> (merges, validations…). */
export function afterSheetData(bytes: Uint8Array, xml: string, path = FORM_SHEET): Uint8Array {
  return editPart(bytes, path, (s) => s.replace('</sheetData>', `</sheetData>${xml}`));
}
