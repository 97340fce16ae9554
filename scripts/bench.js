#!/usr/bin/env node
// `npm run bench`: each file in scripts/bench/sections.js's list is one section of figures;
// adding a figure is adding a section module there. Each section runs in a fresh process
// (bench/run-section.js). Prints one table per section; a row's optional fourth element is its
// budget (scripts/bench/budget.js). Exits 1 when a budget is missed, so CI or a person sees it;
// every figure is measured in this one run.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { missed } = require('./bench/budget');
const SECTIONS = require('./bench/sections').length;

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

/** Runs section `index` in a child process; its { title, rows }. */
function runSection(index) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'egov-bench-')), 'rows.json');
  const child = spawnSync(process.execPath, [path.join(__dirname, 'bench', 'run-section.js'), String(index), out], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`bench section ${index} failed (exit ${child.status ?? child.signal})`);
  const section = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return section;
}

(async () => {
  const printed = [];
  for (let index = 0; index < SECTIONS; index++) {
    const { title, rows } = runSection(index);
    print(title, rows);
    printed.push({ title, rows });
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
