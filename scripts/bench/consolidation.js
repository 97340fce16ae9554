// Consolidation: 300 realistic fills of phutho-2018-xa read, recomputed and ranked, against
// the floor of merely unzipping them and parsing their XML with the same parser, against
// ExcelJS reading the same files.
const { readSubmission, mergeSubmissions, emptyMaster, groupStandings } = require('../../src/consolidate');
const { openZip, DEFAULT_READ_LIMITS } = require('../../src/xlsx/zip');
const { scanXml, decodeXmlBytes } = require('../../src/xlsx/xml');
const { memoryWatch } = require('./memory');
const { xa, submissions } = require('./corpus');

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

// The floor is the unavoidable part of the same work: unzipping the parts the reader opens and
// parsing their XML with the same tokenizer the reader uses (scanXml: every attribute checked,
// none turned into a string; no handler work). [Content_Types].xml is only
// decoded (the reader scans its text for macros); styles, themes and docProps are never opened.
const PARTS_READ = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/;

function floor(files) {
  const noop = { open() {}, close() {}, text() {} };
  for (const f of files) {
    const zip = openZip(f.bytes, DEFAULT_READ_LIMITS);
    decodeXmlBytes(zip.read('[Content_Types].xml'));
    for (const name of zip.entries.keys()) if (PARTS_READ.test(name)) scanXml(decodeXmlBytes(zip.read(name)), noop, name, { localNames: true });
  }
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

function ours(files) {
  const results = files.map((f) => readSubmission(f, [xa]));
  const { state } = mergeSubmissions(emptyMaster(), results, 'bench');
  return { state, standings: groupStandings(state, [xa]) };
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
    const watch = memoryWatch();
    floor(files.slice(0, 20));
    ours(files.slice(0, 20));
    // Best of 5: the machine is shared and noisy.
    const floorRun = best(5, () => floor(files));
    const ourRun = best(5, () => ours(files));
    const mem = watch.stop();
    const peerMs = await exceljs(files, 2);
    const rows = [
      ['files', `300 (${mb.toFixed(1)} MB)`, ''],
      ['read + recompute + rank (best of 5)', `${ourRun.ms.toFixed(0)} ms`, ''],
      ['floor: unzip + parse XML of the parts read (best of 5)', `${floorRun.ms.toFixed(0)} ms`, ''],
      ['ratio to floor', `${(ourRun.ms / floorRun.ms).toFixed(2)}×`, 'target ≤ 1.5×'],
      ['ExcelJS load (peer, best of 2)', `${peerMs.toFixed(0)} ms`, `ours ${(peerMs / ourRun.ms).toFixed(1)}× faster (target ≥ 5×)`],
      ['peak memory', `rss ${mem.rssMb.toFixed(0)} MB, heap ${mem.heapMb.toFixed(0)} MB`, ''],
      ['merge into a master with a 300-unit roster (best of 5)', `${rosterMerge(files).toFixed(1)} ms`, 'every unit matched by its normalised name'],
    ];
    return rows;
  },
};
