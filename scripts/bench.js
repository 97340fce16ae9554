#!/usr/bin/env node
// `npm run bench`: each file in scripts/bench/sections.js's list is one section of figures;
// adding a figure is adding a section module there. Prints one table per section.
require('./bench/register-ts');
const sections = require('./bench/sections');

function print(title, rows) {
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  console.log('-'.repeat(title.length));
  for (const r of rows) console.log(`  ${String(r[0]).padEnd(widths[0])}  ${String(r[1]).padEnd(widths[1])}  ${r[2] ?? ''}`.trimEnd());
}

(async () => {
  for (const section of sections) print(section.title, await section.run());
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
