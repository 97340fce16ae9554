// A figure's budget: `within(value <= limit, 'target text')` gives the fourth element of a bench
// row. bench.js prints ✓ or ✗ beside each budgeted figure and exits non-zero when one is missed.
// Budgets are measured side by side in one run; no test asserts a time.

/** A budget check for a row: `pass` says whether the figure meets `target` (e.g. "≤ 5 requests"). */
function within(pass, target) {
  return { pass: Boolean(pass), target };
}

module.exports = { within };
