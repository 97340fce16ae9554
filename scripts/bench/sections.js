// The bench's sections, in print order: each module exports { title, async run() -> rows }, a
// row being [label, figure, note, budget?] (budget: scripts/bench/budget.js). Listed by path, so
// that bench.js can count them without loading them: each runs in its own process (run-section.js).
module.exports = ['./forms', './bundle', './consolidation', './master-write', './scale'];
