// The bench's sections, in print order. Each module exports { title, async run() -> rows },
// a row being [label, figure, note, budget?] (budget: scripts/bench/budget.js).
module.exports = [require('./forms'), require('./bundle'), require('./consolidation'), require('./master-write'), require('./scale')];
