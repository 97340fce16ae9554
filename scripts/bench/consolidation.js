// Consolidation: 300 realistic fills of phutho-2018-xa read, recomputed and ranked, on a pool
// of threads sized to the cores (worker threads and this one, as `rank` does), against the
// floor of merely unzipping them and parsing their XML with the same parser on one thread, and
// against ExcelJS reading the same files; side by side in one run. The pool and the floor are
// timed in turn, best of RUNS each: the machine is shared and noisy, and a pool needs every
// core quiet at once, so it needs more tries than one thread to meet a quiet moment.
const os = require('node:os');
const path = require('node:path');
const { readSubmission, readSubmissions, mergeSubmissions, emptyMaster, groupStandings } = require('../../src/consolidate');
const { BUILTIN_SETS } = require('../../src/sets');
const { ReadPool } = require('../../src/cli/read-pool');
const { nativeInflate } = require('../../src/cli/native-inflate');
const { poolSize } = require('../../src/util/dispatch');
const { within } = require('./budget');
const { openZip, DEFAULT_READ_LIMITS } = require('../../src/xlsx/zip');
const { boundedInflate } = require('../../src/xlsx/inflate');
const { scanXml, decodeXmlBytes } = require('../../src/xlsx/xml');
const { memoryWatch } = require('./memory');
const { xa, submissions } = require('./corpus');

/** Timed runs of the pool and of the floor, in turn. */
const RUNS = 9;

function best(times, fn) {
  let min = Infinity;
  let result;
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    result = fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: min, result };
}

// The floor is the unavoidable part of the same work: unzipping the parts the reader opens, with
// the inflater `rank` uses (Node's zlib), and parsing their XML with the same tokenizer the
// reader uses (scanXml: every attribute checked, none turned into a string; no handler work).
// [Content_Types].xml is only decoded (the reader scans its text for macros); styles, themes
// and docProps are never opened.
const PARTS_READ = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/;

const CONTENT_TYPES = '[Content_Types].xml';

/** Unzips, with `inflate`, every part the reader opens, and gives each to `use(name, bytes)`. */
function eachPartRead(files, inflate, use) {
  for (const f of files) {
    const zip = openZip(f.bytes, DEFAULT_READ_LIMITS, inflate);
    for (const name of zip.entries.keys()) if (name === CONTENT_TYPES || PARTS_READ.test(name)) use(name, zip.read(name));
  }
}

function floor(files) {
  const noop = { open() {}, close() {}, text() {} };
  eachPartRead(files, nativeInflate, (name, bytes) => {
    const text = decodeXmlBytes(bytes);
    if (name !== CONTENT_TYPES) scanXml(text, noop, name, { localNames: true });
  });
}

/** Only unzipping the parts the reader opens, with `inflate`: why rank uses zlib (docs/dependencies.md). */
function unzipOnly(files, inflate) {
  eachPartRead(files, inflate, () => {});
}

/** Merging the 300 read forms into a master whose roster lists all 300 units (names matched NFC/case-folded). */
function rosterMerge(files) {
  const results = files.map((f) => readSubmission(f, [xa]));
  const roster = results.map((r, i) => ({ code: `X${i + 1}`, name: r.submission.unitName, group: 'xa', ranked: true }));
  const run = best(5, () => mergeSubmissions(emptyMaster(roster), results, 'bench'));
  const matched = run.result.state.units.filter((u) => u.rosterCode !== undefined).length;
  if (matched !== results.length) throw new Error(`roster merge matched ${matched} of ${results.length} units`);
  return run.ms;
}

/** Read, recompute and rank on one thread, as `rank` does for a few files (for reference). */
function oneThread(files) {
  return rankResults(files.flatMap((f) => readSubmissions(f, BUILTIN_SETS, { inflate: nativeInflate })));
}

function rankResults(results) {
  const { state } = mergeSubmissions(emptyMaster(), results, 'bench');
  return { state, standings: groupStandings(state, BUILTIN_SETS) };
}

/** The worker script from sources, compiled by the bench's require hook in each thread. */
const ENTRY = { script: path.join(__dirname, '..', '..', 'src', 'cli', 'submission-worker.ts'), preload: path.join(__dirname, 'register-ts.js') };

/** Read (on the pool), recompute and rank. */
function pooled(pool, files) {
  return rankResults(pool.read(files.map((f, index) => ({ index, name: f.name, bytes: f.bytes }))).flat());
}

/** ExcelJS loading every file, best of `times` runs (the first one also warms it up, as ours is). */
async function exceljs(files, times) {
  const ExcelJS = require('exceljs');
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes));
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}

module.exports = {
  title: 'Consolidation (phutho-2018-xa)',
  async run() {
    const files = submissions();
    const mb = files.reduce((t, f) => t + f.bytes.length, 0) / 1048576;
    const threads = poolSize(files.length, os.availableParallelism());
    const watch = memoryWatch();
    const started = process.hrtime.bigint();
    const pool = new ReadPool(ENTRY, threads);
    pooled(pool, files);
    const coldMs = Number(process.hrtime.bigint() - started) / 1e6;
    // Each is timed after one untimed pass over the same 300 files: the JIT's warm-up (a worker
    // thread is a fresh V8 isolate), which the cold figure above shows once.
    floor(files);
    let floorRun, oursRun;
    try {
      // In turn, so that a burst of load from other work hits both alike.
      [floorRun, oursRun] = [{ ms: Infinity }, { ms: Infinity }];
      for (let i = 0; i < RUNS; i++) {
        floorRun = minRun(floorRun, best(1, () => floor(files)));
        oursRun = minRun(oursRun, best(1, () => pooled(pool, files)));
      }
    } finally {
      pool.close();
    }
    // One thread is for reference only: timed afterwards, so that its heap of 300 results does
    // not weigh on the pool's thread between the runs that count.
    oneThread(files);
    const singleRun = best(3, () => oneThread(files));
    const mem = watch.stop();
    const peerMs = await exceljs(files, 3);
    const ratio = oursRun.ms / floorRun.ms;
    const faster = peerMs / oursRun.ms;
    const same = JSON.stringify(oursRun.result.standings) === JSON.stringify(singleRun.result.standings);
    if (!same) throw new Error('the pool ranked differently from one thread');
    return [
      ['files', `300 (${mb.toFixed(1)} MB)`, `${os.availableParallelism()} cores here`],
      [`read + recompute + rank, ${threads} threads: ${threads - 1} worker + this one (best of ${RUNS})`, `${oursRun.ms.toFixed(0)} ms`, `same ranking as one thread; pool start-up + a first, cold pass over the 300 files ${coldMs.toFixed(0)} ms, once`],
      ['read + recompute + rank, one thread (best of 3)', `${singleRun.ms.toFixed(0)} ms`, 'for reference'],
      [`floor: unzip + parse XML of the parts read, one thread (best of ${RUNS})`, `${floorRun.ms.toFixed(0)} ms`, ''],
      ['ratio to floor', `${ratio.toFixed(2)}×`, '', within(ratio <= 1.2, '≤ 1.2×')],
      ['ExcelJS load (peer, best of 3)', `${peerMs.toFixed(0)} ms`, '', within(faster >= 5, 'ours ≥ 5× faster')],
      ['ours faster than ExcelJS', `${faster.toFixed(1)}×`, ''],
      ['unzip only, one thread (best of 5): zlib, as rank / fflate, as the pane', `${best(5, () => unzipOnly(files, nativeInflate)).ms.toFixed(0)} ms / ${best(5, () => unzipOnly(files, boundedInflate)).ms.toFixed(0)} ms`, 'part of the floor'],
      ['peak memory', `rss ${mem.rssMb.toFixed(0)} MB, heap ${mem.heapMb.toFixed(0)} MB`, 'this thread'],
      ['merge into a master with a 300-unit roster (best of 5)', `${rosterMerge(files).toFixed(1)} ms`, 'every unit matched by its normalised name'],
    ];
  },
};

function minRun(a, b) {
  return b.ms < a.ms ? b : a;
}
