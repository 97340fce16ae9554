#!/usr/bin/env node
// `npm run bench`: each file in scripts/bench/sections.js's list is one section of figures;
// adding a figure is adding a section module there. Prints one table per section; a row's
// optional fourth element is its budget (scripts/bench/budget.js). Exits 1 when a budget is
// missed, so CI or a person sees it; every figure is measured in this one run.
require('./bench/register-ts');
const sections = require('./bench/sections');
const { missed } = require('./bench/budget');

function print(title, rows) {
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  console.log('-'.repeat(title.length));
  for (const [label, figure, note, budget] of rows) {
    const mark = budget ? (budget.pass ? '✓' : '✗') : ' ';
    const target = budget ? `[${budget.target}] ` : '';
    console.log(`${mark} ${String(label).padEnd(widths[0])}  ${String(figure).padEnd(widths[1])}  ${target}${note ?? ''}`.trimEnd());
  }
}

(async () => {
  const printed = [];
  for (const section of sections) {
    const rows = await section.run();
    print(section.title, rows);
    printed.push({ title: section.title, rows });
  }
  const { budgets, missed: lines } = missed(printed);
  if (lines.length) {
    console.error(`\n✗ ${lines.length} of ${budgets} budgets missed:`);
    for (const m of lines) console.error(`  - ${m}`);
    process.exit(1);
  }
  console.log(`\n✓ all ${budgets} budgets met`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
