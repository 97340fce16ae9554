#!/usr/bin/env node
// The one test command (`npm test`): type-check, lint, unit tests, the scale suite, then the suites that need
// LibreOffice (agreement) and Chromium (browser). Under CI=true a missing tool is a
// failure, never a silent skip; locally a missing tool skips that suite with a warning.
'use strict';
const { spawnSync } = require('node:child_process');
const { findSoffice, findChromium, findPoppler, findSsconvert, findOpenpyxlPython } = require('./tools');

const ci = /^(1|true)$/i.test(process.env.CI || '');
const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', 'src/**/*.{ts,tsx}', 'test/**/*.ts'] },
  { name: 'unit', cmd: ['npx', 'jest', '--selectProjects', 'unit'] },
  { name: 'scale (5,000-unit master)', cmd: ['npx', 'jest', '--selectProjects', 'scale', '--runInBand'] },
  { name: 'agreement (LibreOffice, Gnumeric)', cmd: ['npx', 'jest', '--selectProjects', 'agreement', '--runInBand'], tool: ['soffice, poppler-utils, gnumeric (ssconvert) and python3-openpyxl', () => findSoffice() && findPoppler() && findSsconvert() && findOpenpyxlPython()] },
  { name: 'browser (Chromium)', cmd: ['npx', 'jest', '--selectProjects', 'browser', '--runInBand'], tool: ['chromium', findChromium], build: true },
];

let failed = 0;
let skipped = 0;
for (const step of steps) {
  if (step.tool && !step.tool[1]()) {
    if (ci) {
      console.error(`\n✗ ${step.name}: ${step.tool[0]} is not installed, and CI=true forbids skipping this suite.`);
      failed++;
      continue;
    }
    console.warn(`\n! ${step.name}: SKIPPED — ${step.tool[0]} not found (install it, see README; CI never skips).`);
    skipped++;
    continue;
  }
  if (step.build) {
    const b = spawnSync('npx', ['webpack', '--mode', 'production'], { stdio: 'inherit' });
    if (b.status !== 0) { console.error(`\n✗ build for ${step.name} failed`); failed++; continue; }
  }
  console.log(`\n▶ ${step.name}`);
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  if (r.status !== 0) { console.error(`\n✗ ${step.name} failed (exit ${r.status})`); failed++; }
}
const passed = steps.length - failed - skipped;
console.log(`\nsuites: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
