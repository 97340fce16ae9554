// A figure's budget: `within(value <= limit, 'target text')` gives the fourth element of a bench
// row. bench.js prints ✓ or ✗ beside each budgeted figure and exits non-zero when `missed` finds
// one. Budgets are measured side by side in one run; no test asserts a time.

/** A budget check for a row: `pass` says whether the figure meets `target` (e.g. "≤ 5 requests"). */
function within(pass, target) {
  return { pass: Boolean(pass), target };
}

/**
 * The budgets of printed sections ({ title, rows }): how many there were, and a line for each
 * one missed ("section: label = figure (budget target)"). A row without a budget counts for none.
 */
function missed(sections) {
  const lines = [];
  let budgets = 0;
  for (const { title, rows } of sections) {
    for (const [label, figure, , budget] of rows) {
      if (!budget) continue;
      budgets++;
      if (!budget.pass) lines.push(`${title}: ${label} = ${figure} (budget ${budget.target})`);
    }
  }
  return { budgets, missed: lines };
}

module.exports = { within, missed };
