// The two legacy Vietnamese font encodings still met in offices' spreadsheets, as data.
//
// Text typed with these fonts is stored by Excel as the Windows-1252 (Latin-1) characters of
// the font's byte codes: "Phú Thọ" typed in .VnTime is stored as "Phó Thä", in VNI-Times as
// "Phuù Thoï". Decoding maps those characters back to the letters the font drew.
//
// TCVN3 ("ABC", fonts .VnTime/.VnArial; .VnTimeH draws the same codes as capitals):
// TCVN 5712:1993, table VN3, codes 0xA1–0xFF. The same positions as the TCVN5712-1 tables of
// glibc/libiconv and iconv-lite's "tcvn" (test/unit/util/legacy-vietnamese.test.ts checks every
// code against iconv-lite). VN1's capitals with tones are not in the ABC fonts (VN3): codes
// 0x80–0xA0 are left out (in Windows-1252 they are the quotes and dashes real Unicode text
// uses), and decode.ts refuses the few among 0xA1–0xFF.
//
// VNI ("VNI Windows", fonts VNI-Times/VNI-Helve, VNI Software Co.): a vowel is followed by a
// mark character (tone, circumflex, breve, or both); ơ, ư, đ and i/y with some tones are single
// codes. Cross-checked against the VNI table of xvnkb (Dao Hai Lam, 2002, vni.h) and the
// VNI keyboard chart; written here as marks so each row reads as what the font draws.

/** TCVN3 code 0xA1 + i -> the letter (index i). */
export const TCVN3_FROM_A1 =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI mark characters (lower case; the capital forms mean the same) -> the combining marks they add. */
export const VNI_MARKS: Readonly<Record<string, string>> = {
  // tones
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  // circumflex, alone and with a tone (after a, e, o)
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + ACUTE,
  à: CIRCUMFLEX + GRAVE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
  // breve, alone and with a tone (after a)
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};

/** VNI single codes (lower case) -> the letter; their capitals give the capital letter. */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

/** The vowels a VNI mark may follow, and the kinds of mark each takes (i takes its tones as single codes). */
export const VNI_BASES: Readonly<Record<string, readonly VniMarkKind[]>> = {
  a: ['tone', 'circumflex', 'breve'],
  e: ['tone', 'circumflex'],
  o: ['tone', 'circumflex'],
  ơ: ['tone'],
  u: ['tone'],
  ư: ['tone'],
  y: ['tone'],
};

export type VniMarkKind = 'tone' | 'circumflex' | 'breve';

/** The kind of a VNI mark character (lower case). */
export function vniMarkKind(mark: string): VniMarkKind {
  const marks = VNI_MARKS[mark];
  return marks.startsWith(CIRCUMFLEX) ? 'circumflex' : marks.startsWith(BREVE) ? 'breve' : 'tone';
}
