// The Gnumeric agreement suite allows only listed criteria at an exact rounding boundary and the
// section, total and band differences they cause (test/agreement/gnumeric-differences.ts): a
// listed criterion off the boundary, an unlisted one, or a total off by more all fail.
import { findBuiltinSet } from '../../../src/sets';
import { explained, type ListedDifference } from '../../agreement/gnumeric-differences';

const xa = findBuiltinSet('phutho-2018-xa')!;
/** Criterion 7.3: share × 3 at precision 1; 35 % gives 1.05 (a boundary: 1.1 in Excel, 1 in Gnumeric). */
const form = (share: number) => ({ name: 'f.xlsx', inputs: { ty_le_thanh_thao_may_tinh: share }, total: 20 });
const lines = ['7.3: engine 1.1 vs workbook 1', 'section VII: engine 4.1 vs workbook 4', 'total: engine 20.1 vs workbook 20'];

test('a listed criterion at a boundary explains its section and total, and nothing else', () => {
  const listed: ListedDifference[] = [['f.xlsx', '7.3', 1.1, 1]];
  expect(explained(xa, form(0.35), listed, lines)).toEqual({ unexplained: [], notAtBoundary: [] });
  expect(explained(xa, form(0.35), listed, [...lines, '7.2: engine 2 vs workbook 1.9']).unexplained).toEqual(['7.2: engine 2 vs workbook 1.9']);
  expect(explained(xa, form(0.35), listed, ['total: engine 20.2 vs workbook 20']).unexplained).toEqual(['total: engine 20.2 vs workbook 20']);
  expect(explained(xa, form(0.35), [], lines).unexplained).toEqual(lines);
});

test('a listed criterion off a boundary, or off by more than one step, is reported', () => {
  expect(explained(xa, form(0.3), [['f.xlsx', '7.3', 0.9, 0.8]], ['7.3: engine 0.9 vs workbook 0.8']).notAtBoundary).toEqual(['f.xlsx 7.3: raw 0.8999999999999999, engine 0.9, Gnumeric 0.8']);
  expect(explained(xa, form(0.35), [['f.xlsx', '7.3', 1.1, 0.9]], ['7.3: engine 1.1 vs workbook 0.9']).notAtBoundary).toHaveLength(1);
});

test('a band difference is allowed only as Gnumeric\'s own total gives it', () => {
  const listed: ListedDifference[] = [['f.xlsx', '7.3', 1.1, 1]];
  const bandOf20 = xa.bands.slice().sort((a, b) => b.min - a.min).find((b) => 20 >= b.min)!.label;
  expect(explained(xa, form(0.35), listed, [`band: engine X vs workbook ${bandOf20}`]).unexplained).toEqual([]);
  expect(explained(xa, form(0.35), listed, ['band: engine X vs workbook Tốt']).unexplained).toHaveLength(bandOf20 === 'Tốt' ? 0 : 1);
});
