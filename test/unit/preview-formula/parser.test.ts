import { FormulaParseError, parseFormula, type Node } from '../../../src/preview/formula';
import { render } from '../../../src/messages/texts';

const en = (error: FormulaParseError) => render('en', error.localized);
import { calc } from './calc';

function parseError(text: string): FormulaParseError {
  try {
    parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaParseError) return error;
    throw error;
  }
  throw new Error(`expected "${text}" not to parse`);
}

describe('parseFormula', () => {
  it('reads numbers, text with "" escapes, booleans and error values', () => {
    expect(parseFormula('0.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseFormula('1E-3')).toEqual({ kind: 'number', value: 0.001 });
    expect(parseFormula('"say ""hi"""')).toEqual({ kind: 'string', value: 'say "hi"' });
    expect(parseFormula('true')).toEqual({ kind: 'boolean', value: true });
    expect(parseFormula('#N/A')).toEqual({ kind: 'error', code: '#N/A' });
  });

  it('strips a leading "=" and the _xlfn. prefix of function names', () => {
    const node = parseFormula('=_xlfn.RANK.EQ(A1,A1:A9)') as Extract<Node, { kind: 'call' }>;
    expect(node.kind).toBe('call');
    expect(node.name).toBe('RANK.EQ');
    expect(node.args).toHaveLength(2);
  });

  it('reads absolute, mixed and sheet-qualified references, with their spans', () => {
    const text = "SUM('Tổng hợp'!$B$2:B$9,Sheet1!$C3)";
    const node = parseFormula(text) as Extract<Node, { kind: 'call' }>;
    const [first, second] = node.args as Extract<Node, { kind: 'ref' }>[];
    expect(first.sheet).toBe('Tổng hợp');
    expect(first.start).toEqual({ row: 1, col: 1, rowAbsolute: true, colAbsolute: true });
    expect(first.end).toEqual({ row: 8, col: 1, rowAbsolute: true, colAbsolute: false });
    expect(text.slice(...first.span)).toBe("'Tổng hợp'!$B$2:B$9");
    expect(second.sheet).toBe('Sheet1');
    expect(second.start).toEqual({ row: 2, col: 2, rowAbsolute: false, colAbsolute: true });
  });

  it("unescapes '' in quoted sheet names", () => {
    const node = parseFormula("'It''s'!A1") as Extract<Node, { kind: 'ref' }>;
    expect(node.sheet).toBe("It's");
  });

  it('reads inline arrays, rows separated by ;', () => {
    expect(parseFormula('{1,-2,"a";TRUE,#N/A,3}')).toEqual({
      kind: 'array',
      rows: [
        [1, -2, 'a'],
        [true, { error: '#N/A' }, 3],
      ],
    });
  });

  it('keeps empty arguments as missing', () => {
    const node = parseFormula('IF(A1,,1)') as Extract<Node, { kind: 'call' }>;
    expect(node.args[1]).toEqual({ kind: 'missing' });
  });

  it('reports the position of a syntax error', () => {
    expect(parseError('1+*2').position).toBe(2);
    expect(en(parseError('SUM(1,2'))).toMatch(/character 8.*expected “\)”/);
    expect(en(parseError('"abc'))).toMatch(/closing "/);
    expect(en(parseError("'Sheet 1'A1"))).toMatch(/expected !/);
    expect(en(parseError('Sheet1!'))).toMatch(/cell address/);
    expect(en(parseError(''))).toMatch(/empty/);
    expect(en(parseError('{1,2;3}'))).toMatch(/differ in length/);
    expect(parseError('1 2').position).toBe(2);
    expect(en(parseError('A1:'))).toMatch(/last cell of the range/);
  });

  it('gives the message in Vietnamese and in English', () => {
    expect(render('vi', parseError('(1').localized)).toBe('Lỗi cú pháp trong công thức tại ký tự 3: cần “)”, gặp hết công thức.');
    expect(en(parseError('(1'))).toBe('Formula syntax error at character 3: expected “)”, found the end of the formula.');
  });
});

describe('operator precedence (evaluated)', () => {
  it.each([
    ['-2^2', 4],
    ['2^-1', 0.5],
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['2^3^2', 64],
    ['10-4-3', 3],
    ['12/2/3', 2],
    ['50%*2', 1],
    ['-50%', -0.5],
    ['1+1=2', true],
    ['1<2=TRUE', true],
    ['"a"&1+1', 'a2'],
    ['"x"&2*3', 'x6'],
    ['1&2=12', false],
    ['1&2="12"', true],
  ])('%s = %p', (formula, expected) => {
    expect(calc(formula)).toBe(expected);
  });
});
