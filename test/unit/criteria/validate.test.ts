import type { CriteriaSet, Rule } from '../../../src/criteria/model';
import { validateSet } from '../../../src/sets/validate';
import { copyOf, locate, validatedWithTexts } from './helpers';

/** A built-in set broken by `mutate`, validated. */
function broken(mutate: (set: CriteriaSet) => void, id = 'phutho-2018-so') {
  const set = copyOf(id);
  mutate(set);
  return validatedWithTexts(set);
}

const at = (set: CriteriaSet, code: string) => locate(set, code);
const SO = copyOf('phutho-2018-so');
const path = (code: string) => locate(SO, code).path;

interface Case {
  name: string;
  mutate: (set: CriteriaSet) => void;
  expected: Partial<ReturnType<typeof validatedWithTexts>['issues'][number]>;
}

const ERRORS: Case[] = [
  {
    name: 'unknown rule kind, with a suggestion',
    mutate: (s) => ((at(s, '1.1').criterion.rule as { kind: string }).kind = 'ratoi'),
    expected: {
      path: `${path('1.1')}.rule.kind`,
      code: 'unknownRuleKind',
      message: 'quy tắc “ratoi” không tồn tại — có phải “ratio”?',
      messageEn: 'unknown rule “ratoi”, did you mean “ratio”?',
    },
  },
  {
    name: 'duplicate criterion code',
    mutate: (s) => (at(s, '1.2').criterion.code = '1.1'),
    expected: { path: `${path('1.2')}.code`, code: 'duplicateCriterionCode', message: expect.stringContaining("mã tiêu chí “1.1” bị trùng") },
  },
  {
    name: 'duplicate section code',
    mutate: (s) => (s.sections[2].code = 'I'),
    expected: { path: 'sections[2].code', code: 'duplicateSectionCode' },
  },
  {
    name: 'rule using a field that does not exist, with a suggestion',
    mutate: (s) => (at(s, '1.1').criterion.rule = { kind: 'ratio', num: { field: 'so_cbccvc_co_may_tin' }, den: { field: 'tong_so_cbccvc' } }),
    expected: {
      path: `${path('1.1')}.rule.num.field`,
      code: 'unknownField',
      message: "trường “so_cbccvc_co_may_tin” không tồn tại trong bộ tiêu chí — có phải “so_cbccvc_co_may_tinh”?",
    },
  },
  {
    name: 'yes/no rule on a number field',
    mutate: (s) => (at(s, '3.1').criterion.rule = { kind: 'yesno', field: 'so_tin_bai', points: 3 }),
    expected: { path: `${path('3.1')}.rule.field`, code: 'fieldTypeMismatch', messageEn: "field “so_tin_bai” is of type “integer”, expected a yes/no field (“yesno”)" },
  },
  {
    name: 'number rule on a text field',
    mutate: (s) => (at(s, '1.1').criterion.rule = { kind: 'ratio', num: { field: 'so_cbccvc_co_may_tinh' }, den: { field: 'ten_don_vi' } }),
    expected: { path: `${path('1.1')}.rule.den.field`, code: 'fieldTypeMismatch' },
  },
  {
    name: 'duplicate step threshold',
    mutate: (s) => ((at(s, '2.5').criterion.rule as Extract<Rule, { kind: 'steps' }>).steps[2].atLeast = 2),
    expected: { path: `${path('2.5')}.rule.steps[2]`, code: 'duplicateStep', message: 'ngưỡng 2 xuất hiện nhiều lần' },
  },
  {
    name: 'bands not reaching 0',
    mutate: (s) => (s.bands[3].min = 10),
    expected: { path: 'bands[3].min', code: 'bandsNotFromZero', message: expect.stringContaining('phải bắt đầu từ 0') },
  },
  {
    name: 'bands out of order',
    mutate: (s) => ([s.bands[0], s.bands[1]] = [s.bands[1], s.bands[0]]),
    expected: { path: 'bands[1].min', code: 'bandsUnordered' },
  },
  {
    name: 'two bands with the same threshold',
    mutate: (s) => (s.bands[1].min = s.bands[0].min),
    expected: { path: 'bands[1].min', code: 'duplicateBand' },
  },
  {
    name: 'section maximum the criteria cannot reach',
    mutate: (s) => {
      s.sections[0].max = 25;
      s.maxTotal = 155;
    },
    expected: { path: 'sections[0].max', code: 'sectionMaxUnreachable', messageEn: expect.stringContaining('add up to 20, below the section maximum 25') },
  },
  {
    name: 'section maxima not adding up to the total',
    mutate: (s) => (s.maxTotal = 160),
    expected: { path: 'maxTotal', code: 'totalMaxMismatch', message: 'tổng điểm tối đa (160) khác tổng điểm tối đa của các nhóm (150)' },
  },
  {
    name: 'rule able to exceed its criterion maximum',
    mutate: (s) => ((at(s, '2.5').criterion.rule as Extract<Rule, { kind: 'steps' }>).steps[3].points = 25),
    expected: { path: `${path('2.5')}.rule`, code: 'ruleExceedsMax', messageEn: "the rule of criterion “2.5” can give up to 25 points, above its maximum 20" },
  },
  {
    name: 'ratio with more points than the criterion',
    mutate: (s) => ((at(s, '1.1').criterion.rule as Extract<Rule, { kind: 'ratio' }>).points = 6),
    expected: { path: `${path('1.1')}.rule`, code: 'ruleExceedsMax' },
  },
  {
    name: 'comma in a choice label',
    mutate: (s) => {
      const { criterion } = at(s, '5.1');
      criterion.fields[0].choices![1].label = 'Đã xây dựng, chưa phê duyệt';
      (criterion.rule as Extract<Rule, { kind: 'choice' }>).points[1].label = 'Đã xây dựng, chưa phê duyệt';
    },
    expected: { path: `${path('5.1')}.fields[0].choices[1].label`, code: 'commaInChoice', message: expect.stringContaining('không được chứa dấu phẩy') },
  },
  {
    name: 'choice list longer than Excel allows',
    mutate: (s) => {
      const { criterion } = at(s, '5.1');
      criterion.fields[0].choices!.push(...Array.from({ length: 12 }, (_, i) => ({ label: `Phương án dự phòng số ${i} dài dòng` })));
    },
    expected: { path: `${path('5.1')}.fields[0].choices`, code: 'choiceListTooLong' },
  },
  {
    name: 'points for a label that is not a choice of the field',
    mutate: (s) => ((at(s, '6.3').criterion.rule as Extract<Rule, { kind: 'choice' }>).points[0].label = 'Thủ trưởng cơ quann'),
    expected: { path: `${path('6.3')}.rule.points[0].label`, code: 'unknownChoiceLabel', messageEn: expect.stringContaining('did you mean “Thủ trưởng cơ quan”?') },
  },
  {
    name: 'choice rule on a yes/no field',
    mutate: (s) => ((at(s, '6.3').criterion.rule as Extract<Rule, { kind: 'choice' }>).field = 'co_ke_hoach_cntt'),
    expected: { path: `${path('6.3')}.rule.field`, code: 'fieldTypeMismatch' },
  },
  {
    name: 'field id that breaks the pattern',
    mutate: (s) => (at(s, '1.1').criterion.fields[0].id = 'SoMayTinh'),
    expected: { path: `${path('1.1')}.fields[0].id`, code: 'badId', message: expect.stringContaining('mã “SoMayTinh” không hợp lệ') },
  },
  {
    name: 'a set id with spaces',
    mutate: (s) => (s.id = 'Phú Thọ 2018'),
    expected: { path: 'id', code: 'badId' },
  },
  {
    name: 'date that is not on the calendar',
    mutate: (s) => (s.legalBasis.date = '2018-02-30'),
    expected: { path: 'legalBasis.date', code: 'badDate', messageEn: 'invalid date “2018-02-30” (expected YYYY-MM-DD, e.g. 2018-07-05)' },
  },
  {
    name: 'date in Vietnamese order',
    mutate: (s) => (s.dataPeriod.to = '30/9/2018'),
    expected: { path: 'dataPeriod.to', code: 'badDate' },
  },
  {
    name: 'negative criterion maximum',
    mutate: (s) => (at(s, '1.1').criterion.max = -5),
    expected: { path: `${path('1.1')}.max`, code: 'negativeMax', message: 'điểm tối đa không được âm (đang là -5)' },
  },
  {
    name: 'unknown field in a check',
    mutate: (s) => (s.checks[0].left = 'so_may_tinh_xach_tay'),
    expected: { path: 'checks[0].left', code: 'unknownField' },
  },
  {
    name: 'check on a text field',
    mutate: (s) => (s.checks[0].right = 'dia_chi'),
    expected: { path: 'checks[0].right', code: 'fieldTypeMismatch' },
  },
  {
    name: 'a field id used twice (general block and a criterion)',
    mutate: (s) => (at(s, '1.1').criterion.fields[0].id = 'tong_so_cbccvc'),
    expected: { path: `${path('1.1')}.fields[0].id`, code: 'duplicateFieldId', messageEn: "duplicate field id “tong_so_cbccvc” (already used at generalFields[2])" },
  },
  {
    name: 'missing required property',
    mutate: (s) => delete (at(s, '2.1').criterion as Partial<CriteriaSet['sections'][0]['criteria'][0]>).name,
    expected: { path: `${path('2.1')}.name`, code: 'missingProperty', message: 'thiếu thuộc tính bắt buộc “name”' },
  },
  {
    name: 'precision outside 0..4',
    mutate: (s) => (s.precision = 5),
    expected: { path: 'precision', code: 'outOfRange' },
  },
  {
    name: 'unknown field type, with a suggestion',
    mutate: (s) => ((at(s, '1.1').criterion.fields[0] as { type: string }).type = 'interger'),
    expected: { path: `${path('1.1')}.fields[0].type`, code: 'unknownFieldType', messageEn: 'unknown field type “interger”, did you mean “integer”?' },
  },
  {
    name: 'malformed operand',
    mutate: (s) => ((at(s, '1.1').criterion.rule as { den: unknown }).den = { field: 'tong_so_cbccvc', value: 3 }),
    expected: { path: `${path('1.1')}.rule.den`, code: 'badOperand' },
  },
  {
    name: 'constant zero denominator',
    mutate: (s) => ((at(s, '1.1').criterion.rule as Extract<Rule, { kind: 'ratio' }>).den = { value: 0 }),
    expected: { path: `${path('1.1')}.rule.den`, code: 'zeroDenominator' },
  },
  {
    name: 'nested rule of an unknown kind',
    mutate: (s) => ((at(s, '2.4').criterion.rule as Extract<Rule, { kind: 'best' }>).cases[1] = { kind: 'yesnoo' } as unknown as Rule),
    expected: { path: `${path('2.4')}.rule.cases[1].kind`, code: 'unknownRuleKind', messageEn: 'unknown rule “yesnoo”, did you mean “yesno”?' },
  },
  {
    name: 'empty list of cases',
    mutate: (s) => ((at(s, '2.4').criterion.rule as Extract<Rule, { kind: 'best' }>).cases = []),
    expected: { path: `${path('2.4')}.rule.cases`, code: 'emptyList' },
  },
  {
    name: 'field lower bound above its upper bound',
    mutate: (s) => (at(s, '3.2').criterion.fields[0].min = 20),
    expected: { path: `${path('3.2')}.fields[0].min`, code: 'minAboveMax' },
  },
  {
    name: 'choice field without choices',
    mutate: (s) => (at(s, '6.3').criterion.fields[0].choices = []),
    expected: { path: `${path('6.3')}.fields[0].choices`, code: 'missingChoices' },
  },
  {
    name: 'no unit-name field in the general block',
    mutate: (s) => (s.generalFields[0].id = 'ten_co_quan'),
    expected: { path: 'generalFields', code: 'missingUnitNameField' },
  },
  {
    name: 'data period that ends before it starts',
    mutate: (s) => (s.dataPeriod = { from: '2018-09-30', to: '2017-09-01' }),
    expected: { path: 'dataPeriod', code: 'badPeriod' },
  },
  {
    name: 'group code that is not a code',
    mutate: (s) => ((s as { group: string }).group = 'Sở'),
    expected: { path: 'group', code: 'badId' },
  },
  {
    name: 'new group without its level',
    mutate: (s) => ((s as { group: string }).group = 'cap_tinh'),
    expected: { path: 'groupLevel', code: 'missingProperty' },
  },
  {
    name: 'unknown group level',
    mutate: (s) => ((s as { groupLevel: string }).groupLevel = 'tỉnh'),
    expected: { path: 'groupLevel', code: 'unknownGroupLevel' },
  },
];

describe('validateSet rejects malformed sets with a located, bilingual error', () => {
  test.each(ERRORS)('$name', ({ mutate, expected }) => {
    const { set, issues } = broken(mutate);
    expect(set).toBeUndefined();
    expect(issues).toContainEqual({ path: expect.any(String), code: expect.any(String), message: expect.any(String), messageEn: expect.any(String), ...expected, severity: 'error' });
  });

  test('every error message is Vietnamese first, with an English twin', () => {
    for (const { mutate } of ERRORS) {
      for (const issue of broken(mutate).issues) {
        expect(issue.message).not.toBe(issue.messageEn);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.messageEn.length).toBeGreaterThan(0);
      }
    }
  });

  test('a value that is not a set at all', () => {
    expect(validateSet(null).issues).toEqual([expect.objectContaining({ path: '', code: 'notObject', severity: 'error' })]);
    expect(validateSet([]).set).toBeUndefined();
    const missing = validateSet({}).issues.filter((issue) => issue.code === 'missingProperty').map((issue) => issue.path);
    expect(missing).toEqual(expect.arrayContaining(['id', 'title', 'sections', 'maxTotal', 'provenance']));
  });

  test('a structural error stops the semantic checks (no cascade of follow-on errors)', () => {
    const { issues } = broken((s) => (at(s, '1.1').criterion.fields[0].id = 'SoMayTinh'));
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual(['badId']);
  });
});

describe('validateSet accepts sets with warnings', () => {
  const WARNINGS: Case[] = [
    {
      name: 'steps out of order',
      mutate: (s) => (at(s, '2.5').criterion.rule as Extract<Rule, { kind: 'steps' }>).steps.reverse(),
      expected: { path: `${path('2.5')}.rule.steps[1]`, code: 'stepsUnordered' },
    },
    {
      name: 'criteria adding up to more than the section (capped)',
      mutate: (s) => {
        s.sections[0].max = 18;
        s.maxTotal = 148;
      },
      expected: { path: 'sections[0].max', code: 'sectionMaxCapped', message: expect.stringContaining('điểm nhóm bị giới hạn ở 18') },
    },
    {
      name: 'a rule that never reaches its maximum',
      mutate: (s) => ((at(s, '3.1').criterion.rule as Extract<Rule, { kind: 'yesno' }>).points = 2),
      expected: { path: `${path('3.1')}.rule`, code: 'ruleBelowMax' },
    },
    {
      name: 'a misspelt optional property, with a suggestion',
      mutate: (s) => {
        const field = at(s, '1.1').criterion.fields[0] as unknown as Record<string, unknown>;
        field.hepl = 'Gợi ý';
      },
      expected: { path: `${path('1.1')}.fields[0].hepl`, code: 'unknownProperty', messageEn: 'unknown property “hepl” is ignored, did you mean “help”?' },
    },
    {
      name: 'a scorable field no rule uses',
      mutate: (s) => at(s, '1.1').criterion.fields.push({ id: 'so_may_in', label: 'Số máy in', type: 'integer', required: false }),
      expected: { path: `${path('1.1')}.fields[1]`, code: 'unusedField' },
    },
    {
      name: 'decomposed (NFD) Vietnamese text',
      mutate: (s) => (s.title = s.title.normalize('NFD')),
      expected: { path: 'title', code: 'notNfc' },
    },
  ];

  test.each(WARNINGS)('$name', ({ mutate, expected }) => {
    const { set, issues } = broken(mutate);
    expect(set).toBeDefined();
    expect(issues).toEqual([expect.objectContaining({ ...expected, severity: 'warning' })]);
  });
});
