// Random rules and inputs over a few fields (numbers a, b, c; yes/no y, z; a choice "role"),
// shared by the tests that hold the engine, the compiled evaluators and the formulas together.
import fc from 'fast-check';
import type { Inputs, InputValue, Rule } from '../../../src/criteria/model';

export const FIELDS = ['a', 'b', 'c', 'y', 'z', 'role'];
export const NUMBER_FIELDS = ['a', 'b', 'c'];
const YESNO_FIELDS = ['y', 'z'];
const points = fc.integer({ min: -4, max: 20 }).map((n) => n / 2);
const numberOperand = fc.oneof(
  fc.constantFrom(...NUMBER_FIELDS).map((field) => ({ field })),
  fc.integer({ min: -5, max: 50 }).map((value) => ({ value })),
);

const condition = fc.oneof(
  fc.record({ field: fc.constantFrom(...YESNO_FIELDS) }),
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS), atLeast: fc.integer({ min: -5, max: 50 }) }),
  fc.record({ field: fc.constant('role'), equals: fc.constantFrom('Chủ tịch', 'Phó Chủ tịch') }),
);
const level = fc.record({
  kind: fc.constant('level' as const),
  points,
  conditions: fc.array(condition, { maxLength: 3 }),
  label: fc.option(fc.constantFrom('Hiện diện', 'Tương tác'), { nil: undefined }),
});
const subindexItem = fc.oneof(
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS), weight: fc.integer({ min: 1, max: 5 }), target: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS), weight: fc.integer({ min: 1, max: 5 }), best: fc.constant(true) }),
  fc.record({ field: fc.constantFrom(...YESNO_FIELDS), weight: fc.integer({ min: 1, max: 5 }) }),
);

export const { rule: arbitraryRule } = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('ratio' as const), num: numberOperand, den: numberOperand, points: fc.option(points, { nil: undefined }) }),
    fc.record({
      kind: fc.constant('steps' as const),
      of: numberOperand,
      steps: fc.array(fc.record({ atLeast: fc.integer({ min: -5, max: 50 }), points }), { maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant('yesno' as const), field: fc.constantFrom(...YESNO_FIELDS), points }),
    fc.record({
      kind: fc.constant('tiers' as const),
      items: fc.array(fc.record({ field: fc.constantFrom(...YESNO_FIELDS), points }), { maxLength: 3 }),
      cap: fc.option(points, { nil: undefined }),
    }),
    fc.record({
      kind: fc.constant('choice' as const),
      field: fc.constant('role'),
      points: fc.array(fc.record({ label: fc.constantFrom('Chủ tịch', 'Phó Chủ tịch', 'Có', '0'), points }), { maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('count' as const), field: fc.constantFrom(...NUMBER_FIELDS), each: points, cap: points }),
    fc.record({ kind: fc.constant('cohort' as const), field: fc.constantFrom(...NUMBER_FIELDS), points: fc.option(points, { nil: undefined }) }),
    fc.record({ kind: fc.constant('best' as const), cases: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constantFrom('max' as const, 'min' as const), of: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('sum' as const), of: fc.array(tie('rule'), { maxLength: 3 }), cap: fc.option(points, { nil: undefined }) }),
    fc.record({ kind: fc.constant('when' as const), field: fc.constantFrom(...YESNO_FIELDS), then: tie('rule') }),
    level,
    fc.record({ kind: fc.constant('levels' as const), levels: fc.array(level, { maxLength: 4 }) }),
    fc.record({ kind: fc.constant('subindex' as const), items: fc.array(subindexItem, { maxLength: 4 }), points: fc.option(points, { nil: undefined }) }),
    fc.record({ kind: fc.constant('deduct' as const), from: tie('rule'), less: fc.array(tie('rule'), { maxLength: 3 }) }),
  ) as fc.Arbitrary<Rule>,
}));

export const cellValue: fc.Arbitrary<InputValue> = fc.oneof(
  fc.integer({ min: -10, max: 100 }),
  fc.double({ min: -10, max: 100, noNaN: true }),
  fc.constantFrom('Có', 'có', 'CÓ', 'Không', 'Chủ tịch', 'phó chủ tịch', '12', '', ' Có'),
  fc.boolean(),
  fc.constant(null),
);
export const inputs: fc.Arbitrary<Inputs> = fc.dictionary(fc.constantFrom(...FIELDS), cellValue);
export const bests = fc.dictionary(fc.constantFrom(...NUMBER_FIELDS), fc.double({ min: -10, max: 200, noNaN: true }));

