#!/usr/bin/env node
// `npm run acceptance-files -- <folder> [count]`: the files docs/acceptance-excel.md asks a tester
// to import into real Excel: `count` (default 300) filled forms of phutho-2018-xa with realistic
// random data (the first ones named after Việt Trì's wards), a roster workbook listing them all,
// and an empty form. Seeded, so every run writes the same files.
'use strict';
require('./bench/register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { findBuiltinSet } = require('../src/sets');
const { builtinRoster } = require('../src/consolidate');
const { buildFormPlan } = require('../src/form');
const { writeWorkbook } = require('../src/xlsx');
const { filledFormBytes, randomInputs, rng } = require('../test/support/submissions');

const [dir, countArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npm run acceptance-files -- <folder> [count]');
  process.exit(2);
}
const count = Number(countArg ?? 300);
const set = findBuiltinSet('phutho-2018-xa');
const wards = builtinRoster('viettri-xa').map((r) => r.name);
const names = Array.from({ length: count }, (_, i) => wards[i] ?? `Xã Thử Nghiệm ${i + 1}`);
const random = rng(2018);

fs.mkdirSync(path.join(dir, 'bieu-mau'), { recursive: true });
names.forEach((name, i) => {
  const file = path.join(dir, 'bieu-mau', `xa-${String(i + 1).padStart(3, '0')}.xlsx`);
  fs.writeFileSync(file, filledFormBytes(set, randomInputs(set, name, random)));
});

const header = ['Mã đơn vị', 'Tên đơn vị', 'Nhóm', 'Xếp hạng'];
const cells = [header, ...names.map((name, i) => [`X${String(i + 1).padStart(3, '0')}`, name, 'xa', 'Có'])].flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value })));
const roster = { styles: {}, sheets: [{ name: 'Danh sách', columns: [{ width: 10 }, { width: 32 }, { width: 8 }, { width: 10 }], cells, merges: [], validations: [], protect: false }] };
fs.writeFileSync(path.join(dir, `danh-sach-${count}-don-vi.xlsx`), writeWorkbook(roster));
fs.writeFileSync(path.join(dir, 'bieu-mau-trong.xlsx'), writeWorkbook(buildFormPlan(set).plan));
console.log(`${count} forms in ${path.join(dir, 'bieu-mau')}, a roster of them, an empty form (phutho-2018-xa).`);
