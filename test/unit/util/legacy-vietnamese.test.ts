import * as iconv from 'iconv-lite';
import { readLegacyVietnamese } from '../../../src/util/legacy-vietnamese';
import { TCVN3_FROM_A1 } from '../../../src/util/legacy-vietnamese/tables';
import { BUILTIN_SETS } from '../../../src/sets';
import { BUILTIN_ROSTERS } from '../../../src/consolidate/rosters';
import { asTcvn3, asVni } from '../../support/legacy-fonts';

/** Real names and phrases as offices type them: Unicode, then as a TCVN3 (.VnTime) and a VNI-Times cell holds them. */
const WORDS: [unicode: string, tcvn3: string, vni: string][] = [
  ['Phú Thọ', 'Phó Thä', 'Phuù Thoï'],
  ['Việt Trì', 'ViÖt Tr×', 'Vieät Trì'],
  ['Sở Nội vụ', 'Së Néi vô', 'Sôû Noäi vuï'],
  ['Sở Khoa học và Công nghệ', 'Së Khoa häc vµ C«ng nghÖ', 'Sôû Khoa hoïc vaø Coâng ngheä'],
  ['ủy ban nhân dân xã Thạch Khoán', 'ñy ban nh©n d©n x· Th¹ch Kho¸n', 'uûy ban nhaân daân xaõ Thaïch Khoaùn'],
  ['Trường Đại học Hùng Vương', 'Tr­êng §¹i häc Hïng V­¬ng', 'Tröôøng Ñaïi hoïc Huøng Vöông'],
  ['Phòng Văn hóa - Thông tin', 'Phßng V¨n hãa - Th«ng tin', 'Phoøng Vaên hoùa - Thoâng tin'],
  ['Đoan Hùng', '§oan Hïng', 'Ñoan Huøng'],
  ['Cẩm Khê', 'CÈm Khª', 'Caåm Kheâ'],
  ['Hạ Hòa', 'H¹ Hßa', 'Haï Hoøa'],
  ['Thanh Thủy', 'Thanh Thñy', 'Thanh Thuûy'],
  ['Lâm Thao', 'L©m Thao', 'Laâm Thao'],
  ['Yên Lập', 'Yªn LËp', 'Yeân Laäp'],
  ['Tân Sơn', 'T©n S¬n', 'Taân Sôn'],
  ['Tam Nông', 'Tam N«ng', 'Tam Noâng'],
  ['công nghệ thông tin', 'c«ng nghÖ th«ng tin', 'coâng ngheä thoâng tin'],
  ['Các đơn vị', 'C¸c ®¬n vÞ', 'Caùc ñôn vò'],
  // The VNI example of the vietnamese-conversion package's README ("Xin chaøo caùc baïn").
  ['Xin chào các bạn', 'Xin chµo c¸c b¹n', 'Xin chaøo caùc baïn'],
];

describe('legacy Vietnamese fonts', () => {
  it('decodes TCVN3 codes 0xA1–0xFF as iconv-lite\'s "tcvn" table does', () => {
    const ours = [...TCVN3_FROM_A1];
    const theirs = Array.from({ length: 0x5f }, (_, i) => iconv.decode(Buffer.from([0xa1 + i]), 'tcvn'));
    expect(ours).toEqual(theirs);
  });

  it.each(WORDS)('reads “%s” typed in TCVN3 and in VNI', (unicode, tcvn3, vni) => {
    expect(readLegacyVietnamese(tcvn3)).toEqual({ kind: 'converted', from: 'tcvn3', text: unicode });
    expect(readLegacyVietnamese(vni)).toEqual({ kind: 'converted', from: 'vni', text: unicode });
    expect(readLegacyVietnamese(unicode)).toEqual({ kind: 'unicode' });
  });

  it('reads words typed in the capitals font .VnTimeH as capitals', () => {
    expect(readLegacyVietnamese('UBND X· PHó THä')).toEqual({ kind: 'converted', from: 'tcvn3', text: 'UBND Xã PHÚ THỌ' });
    expect(readLegacyVietnamese('PHUÙ THOÏ')).toEqual({ kind: 'converted', from: 'vni', text: 'PHÚ THỌ' });
  });

  it.each([['Nhiệt độ 25°C'], ['Müller'], ['café crème'], ['Quyết định số 12/QĐ-UBND'], ['Thanh Hoá'], ['Hello'], ['']])(
    'leaves “%s” as it is',
    (text) => expect(readLegacyVietnamese(text)).toEqual({ kind: 'unicode' }),
  );

  it('reports text with legacy characters that neither encoding reads, and changes nothing', () => {
    expect(readLegacyVietnamese('¸¸ ¹¹ ä')).toEqual({ kind: 'unreadable' });
  });

  // Every name of the built-in rosters and every text of the built-in criteria sets: real Vietnamese.
  const realTexts = [...new Set([...BUILTIN_ROSTERS.flatMap((r) => JSON.stringify(r)), ...BUILTIN_SETS.map((s) => JSON.stringify(s))]
    .flatMap((json) => collectStrings(JSON.parse(json)))
    .filter((t) => /[^\x00-\x7f]/.test(t)))];

  it('leaves every real Unicode text of the built-in rosters and sets untouched', () => {
    expect(realTexts.length).toBeGreaterThan(500);
    const touched = realTexts.filter((t) => readLegacyVietnamese(t).kind !== 'unicode');
    expect(touched).toEqual([]);
  });

  // Lower case (the ABC fonts have no capitals with tones), and only texts a font could hold (no "—", "×", "≥").
  const lowerTexts = [...new Set(realTexts.map((t) => t.toLowerCase()))].filter((t) => [...t].every((c) => c < '\x80' || /\p{L}/u.test(c)));
  const words = [...new Set(lowerTexts.flatMap((t) => t.split(/[^\p{L}]+/u)).filter((w) => /[^\x00-\x7f]/.test(w)))];

  /**
   * Converted back exactly; or left as typed when it cannot be told (a word alone: "phó" is
   * Unicode, and TCVN3's "phú"; "quyÕt" reads "quyết" in TCVN3 and "quỹt" in VNI); never
   * converted into something else.
   */
  function readBack(text: string, typed: string): 'converted' | 'left' | 'wrong' {
    const r = readLegacyVietnamese(typed);
    if (r.kind !== 'converted') return 'left';
    return r.text === text ? 'converted' : 'wrong';
  }

  it.each([
    ['TCVN3', asTcvn3],
    ['VNI', asVni],
  ])('reads every text and word of them back from %s, never into something else', (_name, typed) => {
    expect(words.length).toBeGreaterThan(300);
    const texts = lowerTexts.map((t) => readBack(t, typed(t)));
    const byWord = words.map((w) => readBack(w, typed(w)));
    expect(lowerTexts.filter((_, i) => texts[i] === 'wrong')).toEqual([]);
    expect(words.filter((_, i) => byWord[i] === 'wrong')).toEqual([]);
    // A text of a few words nearly always holds one that no Unicode text would: it is recognised
    // (the rest are one or two words such as "tốt" or "phụ lục i", left as typed, and flagged only if odd).
    expect(lowerTexts.length).toBeGreaterThan(900);
    expect(texts.filter((r) => r === 'converted').length / texts.length).toBeGreaterThan(0.99);
    // A word alone often reads as Vietnamese as it stands ("phó"), or in both encodings: 80% (TCVN3)
    // and 89% (VNI) of the 601 words are still recognised alone, and none is misread.
    expect(byWord.filter((r) => r === 'converted').length / words.length).toBeGreaterThan(0.75);
  });
});

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
