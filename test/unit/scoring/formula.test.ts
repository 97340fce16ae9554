import fc from 'fast-check';
import type { Inputs, InputValue, Rule } from '../../../src/criteria/model';
import { criterionPoints } from '../../../src/scoring/criterion';
import { evaluateRule } from '../../../src/rules/evaluate';
import {
  bandFormula,
  compileRule,
  criterionFormula,
  formulaNumber,
  formulaString,
  provisionalBestFormula,
  rankFormula,
  sectionFormula,
  totalFormula,
  type FormulaContext,
} from '../../../src/scoring/formula';
import { criterion } from './fixtures';
import { render } from '../../../src/messages/texts';
import { LocalizedError } from '../../../src/messages';

/** The refusal as a user reads it, in both languages. */
function refusal(write: () => unknown): string[] {
  try {
    write();
  } catch (e) {
    if (e instanceof LocalizedError) return [render('vi', e.localized), render('en', e.localized)];
    throw e;
  }
  throw new Error('no refusal');
}
import { interpret } from './interpreter';
import { arbitraryRule, bests, FIELDS, inputs, NUMBER_FIELDS } from './arbitrary-rules';

// Fields live in column E from row 5; the best value of a cohort field sits beside it in column F.
const row = (id: string): number => FIELDS.indexOf(id) + 5;
const ctx: FormulaContext = {
  fieldRef: (id) => `E${row(id)}`,
  cohortBestRef: (id) => `F${row(id)}`,
};

describe('compiled formula text', () => {
  it.each<[string, Rule, string]>([
    ['ratio of two fields', { kind: 'ratio', num: { field: 'a' }, den: { field: 'b' } }, 'IF(IF(ISNUMBER(E6),E6,0)<=0,0,MIN(1,MAX(0,IF(ISNUMBER(E5),E5,0)/IF(ISNUMBER(E6),E6,0)))*10)'],
    ['ratio over a constant', { kind: 'ratio', num: { field: 'a' }, den: { value: 4 }, points: 2 }, 'MIN(1,MAX(0,IF(ISNUMBER(E5),E5,0)/4))*2'],
    ['ratio over a non-positive constant', { kind: 'ratio', num: { field: 'a' }, den: { value: 0 } }, '0'],
    [
      'steps given in any order',
      { kind: 'steps', of: { field: 'a' }, steps: [{ atLeast: 50, points: 2 }, { atLeast: 90, points: 5 }, { atLeast: 70, points: 3 }] },
      'IF(IF(ISNUMBER(E5),E5,0)>=90,5,IF(IF(ISNUMBER(E5),E5,0)>=70,3,IF(IF(ISNUMBER(E5),E5,0)>=50,2,0)))',
    ],
    ['yesno', { kind: 'yesno', field: 'y', points: 3 }, 'IF(E8="Có",3,0)'],
    [
      'capped tiers',
      { kind: 'tiers', items: [{ field: 'y', points: 2 }, { field: 'z', points: 3 }], cap: 4 },
      'MIN(4,IF(E8="Có",2,0)+IF(E9="Có",3,0))',
    ],
    [
      'choice',
      { kind: 'choice', field: 'role', points: [{ label: 'Chủ tịch', points: 4 }, { label: 'Phó "Chủ tịch"', points: 2 }] },
      'IF(E10="Chủ tịch",4,IF(E10="Phó ""Chủ tịch""",2,0))',
    ],
    ['count', { kind: 'count', field: 'c', each: 0.5, cap: 3 }, 'MIN(3,MAX(0,IF(ISNUMBER(E7),E7,0)*0.5))'],
    ['count with a negative step', { kind: 'count', field: 'c', each: -1, cap: 3 }, 'MIN(3,MAX(0,IF(ISNUMBER(E7),E7,0)*(-1)))'],
    [
      'sum keeps the engine order of addition',
      {
        kind: 'sum',
        of: [{ kind: 'yesno', field: 'y', points: 1 }, { kind: 'tiers', items: [{ field: 'z', points: 2 }, { field: 'y', points: 3 }] }],
      },
      'IF(E8="Có",1,0)+(IF(E9="Có",2,0)+IF(E8="Có",3,0))',
    ],
    [
      'best of a when and a count',
      { kind: 'best', cases: [{ kind: 'when', field: 'y', then: { kind: 'count', field: 'c', each: 1, cap: 2 } }, { kind: 'yesno', field: 'z', points: 1 }] },
      'MAX(IF(E8="Có",MIN(2,MAX(0,IF(ISNUMBER(E7),E7,0)*1)),0),IF(E9="Có",1,0))',
    ],
    ['min of nothing', { kind: 'min', of: [] }, '0'],
    ['cohort', { kind: 'cohort', field: 'a', points: 6 }, 'IF(IF(ISNUMBER(F5),F5,0)<=0,0,MIN(1,MAX(0,IF(ISNUMBER(E5),E5,0)/IF(ISNUMBER(F5),F5,0)))*6)'],
  ])('%s', (_name, rule, expected) => {
    expect(compileRule(rule, 10, ctx, 2)).toBe(expected);
  });

  it('clamps and rounds a criterion', () => {
    const c = criterion('1.2', 5, { kind: 'yesno', field: 'y', points: 5 });
    expect(criterionFormula(c, 2, ctx)).toBe('ROUND(MIN(5,MAX(0,IF(E8="Có",5,0))),2)');
  });

  it('sums sub-totals over ranges where the cells are contiguous', () => {
    expect(sectionFormula(20, ['F10', 'F11', 'F12', 'F15', 'F16', 'G17'], 2)).toBe('ROUND(MIN(20,SUM(F10:F12,F15:F16,G17)),2)');
    expect(sectionFormula(20, ["'Phụ lục'!F10", "'Phụ lục'!F11"], 1)).toBe("ROUND(MIN(20,SUM('Phụ lục'!F10:F11)),1)");
    expect(sectionFormula(20, [], 2)).toBe('ROUND(MIN(20,0),2)');
    expect(totalFormula(['F20', 'F30'], 2)).toBe('ROUND(SUM(F20,F30),2)');
  });

  it('bands from the highest minimum down, "" below every band', () => {
    const bands = [{ label: 'Khá', min: 50 }, { label: 'Tốt', min: 80 }, { label: 'Trung bình', min: 0 }];
    expect(bandFormula('F40', bands)).toBe('IF(F40>=80,"Tốt",IF(F40>=50,"Khá",IF(F40>=0,"Trung bình","")))');
    expect(bandFormula('F40', [])).toBe('""');
  });

  it('writes the provisional best and the rank', () => {
    expect(provisionalBestFormula('E5', 120)).toBe('MAX(IF(ISNUMBER(E5),E5,0),120)');
    expect(provisionalBestFormula('E5')).toBe('MAX(IF(ISNUMBER(E5),E5,0),0)');
    expect(rankFormula('H5', '$H$5:$H$40')).toBe('RANK.EQ(H5,$H$5:$H$40,0)');
  });
});

describe('formula constants', () => {
  it.each([
    [12, '12'],
    [-3.5, '-3.5'],
    [-0, '0'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [-2.5e-8, '-0.000000025'],
    [1e21, '1000000000000000000000'],
    [1.2345e25, '12345000000000000000000000'],
  ])('%p is written %p', (n, text) => {
    expect(formulaNumber(n)).toBe(text);
  });

  it('rejects numbers a formula cannot hold', () => {
    expect(refusal(() => formulaNumber(NaN))).toEqual([
      'Không ghi được số “NaN” vào công thức: chỉ ghi được số hữu hạn.',
      'Cannot write the number “NaN” into a formula: only finite numbers can be written.',
    ]);
    expect(refusal(() => formulaNumber(Infinity))[0]).toContain('“Infinity”');
  });

  it('round-trips every finite number without an exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formulaNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('quotes text, doubling inner quotes, and refuses text Excel cannot hold in a formula', () => {
    expect(formulaString('Có')).toBe('"Có"');
    expect(formulaString('a"b')).toBe('"a""b"');
    expect(refusal(() => formulaString('x'.repeat(256)))[1]).toBe(`Cannot write the text “${'x'.repeat(40)}…” into a formula: longer than 255 characters, Excel’s limit.`);
  });
});

// Random rules over the fields above, evaluated by the engine and, compiled, by a tiny interpreter.
function cellsOf(values: Inputs, best: Record<string, number>): Record<string, InputValue> {
  const cells: Record<string, InputValue> = {};
  for (const id of FIELDS) cells[ctx.fieldRef(id)] = values[id] ?? null;
  for (const id of NUMBER_FIELDS) cells[ctx.cohortBestRef(id)] = best[id] ?? null;
  return cells;
}

describe('compiled formulas agree with the engine (test-only interpreter)', () => {
  it('gives bit-identical raw values for random rules and inputs', () => {
    fc.assert(
      fc.property(arbitraryRule, inputs, bests, fc.integer({ min: 0, max: 4 }), (rule, values, best, precision) => {
        const engine = evaluateRule(rule, 10, values, (id) => best[id] ?? 0, precision);
        const formula = interpret(compileRule(rule, 10, ctx, precision), cellsOf(values, best));
        expect(formula).toBe(engine);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same criterion points', () => {
    fc.assert(
      fc.property(arbitraryRule, inputs, bests, fc.integer({ min: 0, max: 3 }), (rule, values, best, precision) => {
        const c = criterion('1', 7.5, rule);
        const engine = criterionPoints(c, precision, values, (id) => best[id] ?? 0);
        expect(interpret(criterionFormula(c, precision, ctx), cellsOf(values, best))).toBe(engine);
      }),
      { numRuns: 500 },
    );
  });
});

describe('criterion points of random rules', () => {
  // A max with more decimals than the precision could round above itself (7.5 -> 8): sets must not have one.
  it('stay within [0, max] whatever the rule and the inputs', () => {
    fc.assert(
      fc.property(arbitraryRule, inputs, bests, fc.integer({ min: 1, max: 3 }), (rule, values, best, precision) => {
        const points = criterionPoints(criterion('1', 7.5, rule), precision, values, (id) => best[id] ?? 0);
        expect(points >= 0 && points <= 7.5).toBe(true);
      }),
    );
  });
});
