import { BUILTIN_SETS, findBuiltinSet, listBuiltinSets, loadBuiltin } from '../../../src/sets/builtin';
import { allFields } from '../../../src/criteria/fields';
import { UNIT_NAME_FIELD } from '../../../src/criteria/model';
import { RULE_KINDS } from '../../../src/rules/registry';
import { allRules } from '../../../src/rules/tree';
import type { FieldType, Rule, RuleKind } from '../../../src/criteria/model';
import { validateSet } from '../../../src/sets/validate';
import { copyOf, locate } from './helpers';

const IDS = ['phutho-2016-so', 'phutho-2016-huyen', 'phutho-2018-so', 'phutho-2018-huyen', 'phutho-2018-xa'];

function kindsOf(rule: Rule): RuleKind[] {
  return allRules(rule).map((r) => r.kind);
}

describe('built-in criteria sets', () => {
  test('the seven Phú Thọ sets are shipped, in a stable order', () => {
    expect(BUILTIN_SETS.map((set) => set.id)).toEqual([...IDS, 'phutho-2025-so', 'phutho-2025-xa']);
    expect(listBuiltinSets()).toContainEqual({
      id: 'phutho-2018-so',
      title: expect.stringContaining('Chính quyền điện tử'),
      year: 2018,
      group: 'so',
      groupName: 'Sở, ban, ngành',
      groupLevel: 'tinh',
      formName: 'Phụ lục I',
      maxTotal: 150,
    });
    expect(findBuiltinSet('phutho-2017-so')).toBeUndefined();
  });

  test.each(IDS)('%s validates with no error and no warning', (id) => {
    const { set, issues } = validateSet(copyOf(id));
    expect(issues).toEqual([]);
    expect(set?.id).toBe(id);
  });

  test.each(IDS)('%s has 20–40 criteria whose maxima add up to the section maxima and the total', (id) => {
    const set = copyOf(id);
    const criteria = set.sections.flatMap((section) => section.criteria);
    expect(criteria.length).toBeGreaterThanOrEqual(20);
    expect(criteria.length).toBeLessThanOrEqual(40);
    for (const section of set.sections) {
      expect(section.criteria.reduce((t, c) => t + c.max, 0)).toBeCloseTo(section.max, 9);
    }
    expect(set.sections.reduce((t, s) => t + s.max, 0)).toBe(set.maxTotal);
  });

  test.each(IDS)('%s has the general block and reconstructed bands scaled to its maximum', (id) => {
    const set = copyOf(id);
    const general = Object.fromEntries(set.generalFields.map((field) => [field.id, field]));
    expect(general[UNIT_NAME_FIELD]).toMatchObject({ type: 'text', required: true });
    expect(general.tong_so_cbccvc).toMatchObject({ type: 'integer', required: true, min: 0 });
    for (const id of ['dia_chi', 'nguoi_lien_he', 'chuc_vu', 'dien_thoai', 'email']) expect(general[id]?.type).toBe('text');
    expect(set.bands.map((band) => band.label)).toEqual(['Tốt', 'Khá', 'Trung bình', 'Yếu']);
    expect(set.bands.map((band) => band.min)).toEqual([0.85 * set.maxTotal, 0.7 * set.maxTotal, 0.5 * set.maxTotal, 0]);
  });

  test.each(IDS)('%s says which parts are reconstructed and must be checked against the annex', (id) => {
    const { provenance } = copyOf(id);
    expect(provenance.note).toMatch(/Các tiêu chí được dựng lại.*cần đối chiếu với phụ lục chính thức/);
    expect(provenance.official.length).toBeGreaterThan(0);
    expect(provenance.reconstructed.join(' ')).toMatch(/Bình Phước 2014/);
    expect(provenance.reconstructed.join(' ')).toMatch(/dòng tiêu chí/);
  });

  test('together the sets use every rule kind and every field type', () => {
    const kindsIn = (sets: readonly { sections: { criteria: { rule: Rule }[] }[] }[]) => new Set(sets.flatMap((set) => set.sections.flatMap((s) => s.criteria.flatMap((c) => kindsOf(c.rule)))));
    // the kinds of issue 9 (deductions, levels, sub-indices) came with the 2025 index
    const later = ['deduct', 'level', 'levels', 'subindex'];
    expect([...kindsIn(BUILTIN_SETS.filter((set) => set.year < 2025))].sort()).toEqual(RULE_KINDS.filter((kind) => !later.includes(kind)).sort());
    expect([...kindsIn(BUILTIN_SETS)].sort()).toEqual([...RULE_KINDS].sort());
    const types = new Set(BUILTIN_SETS.flatMap((set) => allFields(set).map((field) => field.type)));
    const expected: FieldType[] = ['integer', 'decimal', 'percent', 'yesno', 'choice', 'count', 'text', 'date'];
    expect([...types].sort()).toEqual(expected.sort());
  });

  test('2018 sở: maximum 150 with one decimal, as the published results', () => {
    const set = copyOf('phutho-2018-so');
    expect(set).toMatchObject({ maxTotal: 150, precision: 1, legalBasis: { decision: '1609/QĐ-UBND', date: '2018-07-05' } });
    expect(set.dataPeriod).toEqual({ from: '2017-09-01', to: '2018-09-30' });
    expect(set.sections.map((s) => s.name)).toContain('An toàn thông tin');
  });

  test('2016 sets use the six national categories and letter 403/STTTT-CNTT', () => {
    for (const id of ['phutho-2016-so', 'phutho-2016-huyen']) {
      const set = copyOf(id);
      expect(set.sections.slice(0, 6).map((s) => s.name)).toEqual([
        'Hạ tầng kỹ thuật CNTT',
        'Ứng dụng CNTT trong hoạt động của cơ quan',
        'Trang/Cổng thông tin điện tử',
        'Cung cấp dịch vụ công trực tuyến',
        'Cơ chế, chính sách và quy định cho ứng dụng CNTT',
        'Nhân lực cho ứng dụng CNTT',
      ]);
      expect(set).toMatchObject({
        legalBasis: { decision: '1702/QĐ-UBND', date: '2016-07-13' },
        guidanceLetter: { decision: '403/STTTT-CNTT', date: '2016-10-05' },
        dataPeriod: { from: '2015-10-01', to: '2016-10-31' },
        deadline: '2016-10-21',
      });
      expect(set.sendTo).toMatch(/Sở Thông tin và Truyền thông tỉnh Phú Thọ/);
    }
    expect(copyOf('phutho-2016-huyen').sections[6].name).toMatch(/xã, phường, thị trấn/);
  });

  test('2018 xã is sent to Việt Trì by 03/10/2018 per letter 2395/UBND-VH', () => {
    expect(copyOf('phutho-2018-xa')).toMatchObject({
      group: 'xa',
      deadline: '2018-10-03',
      guidanceLetter: { decision: '2395/UBND-VH', date: '2018-09-25' },
      sendTo: expect.stringContaining('Phòng Văn hóa và Thông tin thành phố Việt Trì'),
    });
  });

  test('the domain examples are expressed as rules', () => {
    const set = copyOf('phutho-2018-so');
    expect(locate(set, '1.1').criterion.rule).toEqual({ kind: 'ratio', num: { field: 'so_cbccvc_co_may_tinh' }, den: { field: 'tong_so_cbccvc' } });
    expect(set.checks).toContainEqual(expect.objectContaining({ left: 'so_cbccvc_co_may_tinh', op: '<=', right: 'tong_so_cbccvc' }));
    expect(locate(set, '1.3').criterion.rule).toMatchObject({ kind: 'cohort', field: 'bang_thong_binh_quan' });
    expect(locate(set, '2.5').criterion.rule).toMatchObject({
      kind: 'steps',
      steps: [{ atLeast: 1, points: 5 }, { atLeast: 2, points: 10 }, { atLeast: 3, points: 15 }, { atLeast: 4, points: 20 }],
    });
    expect(locate(set, '1.5').criterion.rule).toMatchObject({ kind: 'when', field: 'co_phong_may_chu', then: { kind: 'tiers' } });
    expect(locate(set, '6.3').criterion.rule).toMatchObject({
      kind: 'choice',
      points: [{ label: 'Thủ trưởng cơ quan', points: 4 }, { label: 'Cấp phó của thủ trưởng', points: 2 }, { points: 0 }],
    });
  });

  test('choice labels fit an Excel validation list and text is NFC', () => {
    for (const set of BUILTIN_SETS) {
      for (const field of allFields(set)) {
        for (const choice of field.choices ?? []) expect(choice.label).not.toContain(',');
      }
      const json = JSON.stringify(set);
      expect(json).toBe(json.normalize('NFC'));
    }
  });

  test('a malformed built-in fails loudly, naming its file', () => {
    const broken = copyOf('phutho-2018-xa');
    broken.maxTotal = 99;
    expect(() => loadBuiltin('phutho-2018-xa.json', broken)).toThrow(/phutho-2018-xa\.json[\s\S]*maxTotal/);
  });
});
