#!/usr/bin/env node
// One measured consolidation of N forms, alone in its process so that its peak memory is its
// own: N distinct units' filled forms of phutho-2018-xa are written to a temporary folder, then
// timed from reading the folder to writing the master (read + recompute every file, merge,
// rank, plan and write the master). Prints one JSON line: {forms, ms, readMs, writeMs, rssMb, heapMb}.
require('./register-ts');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { findBuiltinSet } = require('../../src/sets');
const { readSubmissions, mergeSubmissions, emptyMaster, masterSheets } = require('../../src/consolidate');
const { writeWorkbook } = require('../../src/xlsx');
const { filledFormBytes, randomInputs, rng } = require('../../test/support/submissions');
const { memoryWatch } = require('./memory');
const { nativeInflate } = require('../../src/cli/native-inflate');

const n = Number(process.argv[2]);
const xa = findBuiltinSet('phutho-2018-xa');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-scale-'));
try {
  const random = rng(n);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `xa-${i + 1}.xlsx`), filledFormBytes(xa, randomInputs(xa, `Xã Thử ${i + 1}`, random)));
  global.gc?.();
  const watch = memoryWatch();
  const start = process.hrtime.bigint();
  const results = [];
  for (const name of fs.readdirSync(dir)) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, name)));
    results.push(...readSubmissions({ name, bytes }, [xa], { inflate: nativeInflate }));
    watch.sample();
  }
  const read = process.hrtime.bigint();
  const { state } = mergeSubmissions(emptyMaster(), results, 'bench');
  const master = writeWorkbook(masterSheets(state, [xa])); // as rank writes it: one sheet at a time
  const end = process.hrtime.bigint();
  const mem = watch.stop();
  const rejected = results.filter((r) => !r.ok).length;
  if (rejected > 0 || state.units.length !== n) throw new Error(`${rejected} rejected, ${state.units.length} of ${n} units merged`);
  const ms = (a, b) => Number(b - a) / 1e6;
  console.log(JSON.stringify({ forms: n, ms: ms(start, end), readMs: ms(start, read), writeMs: ms(read, end), masterMb: master.length / 1048576, rssMb: mem.rssMb, heapMb: mem.heapMb }));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
