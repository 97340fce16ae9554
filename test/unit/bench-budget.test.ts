// `npm run bench` exits non-zero when a budgeted figure misses its budget: the rows it printed
// are checked by scripts/bench/budget.js `missed`, whose result decides the exit code.

import { missed, within, type BenchRow } from '../../scripts/bench/budget';

describe('bench budgets', () => {
  const rows = (pass: boolean): BenchRow[] => [
    ['files', '300 (4.9 MB)'],
    ['ratio to floor', '1.31×', '', within(pass, '≤ 1.2×')],
    ['light write, web', '3 requests, 2.10 MB', '', within(true, '≤ 5 requests, ≤ 3 MB')],
  ];

  it('names every missed budget with its section, figure and target', () => {
    expect(missed([{ title: 'Consolidation', rows: rows(false) }])).toEqual({ budgets: 2, missed: ['Consolidation: ratio to floor = 1.31× (budget ≤ 1.2×)'] });
  });

  it('finds none when every budgeted figure is within its budget; rows without a budget do not count', () => {
    expect(missed([{ title: 'Consolidation', rows: rows(true) }, { title: 'Notes', rows: [['peak memory', '272 MB']] }])).toEqual({ budgets: 2, missed: [] });
  });
});
