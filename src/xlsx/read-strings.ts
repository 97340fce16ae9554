// The text of string items: shared strings (<si>) and inline strings (<is>), plain or rich
// (runs of <r><t>), phonetic runs (<rPh>) skipped, OOXML "_xHHHH_" escapes decoded.

import { decodeXmlBytes, scanXml } from './xml';

/** OOXML escapes characters as "_xHHHH_" in strings. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of a string item (<si> or <is>): the <t> directly inside it and the
 * <t> of its rich-text runs, skipping phonetic runs (<rPh>).
 */
export class StringItemText {
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

export function readSharedStrings(bytes: Uint8Array, path: string): string[] {
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
