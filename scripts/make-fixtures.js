#!/usr/bin/env node
// Writes the bad-input corpus to test/fixtures/bad/: one file per kind of damaged, hostile
// or mismatched submission a consolidator receives, and expected.json saying what the
// import must answer for each. Run `npm run fixtures` after a built-in set changes (the
// accepted files carry the set's version hash).
require('./bench/register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { badCorpus } = require('../test/support/bad-corpus');

const dir = path.join(__dirname, '..', 'test', 'fixtures', 'bad');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const expected = [];
let bytes = 0;
for (const c of badCorpus()) {
  if (expected.some((e) => e.file === c.name)) throw new Error(`two corpus cases are both named ${c.name}`);
  fs.writeFileSync(path.join(dir, c.name), c.bytes);
  expected.push({ kind: c.kind, file: c.name, expect: c.expect });
  bytes += c.bytes.length;
}
fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
console.log(`wrote ${expected.length} files (${(bytes / 1024).toFixed(0)} KB) and expected.json to ${path.relative(process.cwd(), dir)}`);
