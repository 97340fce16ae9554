// Consolidation: 300 realistic fills of phutho-2018-xa read, recomputed and ranked, against
// the floor of merely unzipping them and parsing their XML with the same parser, against
// ExcelJS reading the same files, and the syncs to write the master through the adapter.
const { findBuiltinSet } = require('../../src/criteria');
const { readSubmission, mergeSubmissions, emptyMaster, groupStandings, masterPlan } = require('../../src/consolidate');
const { openZip, DEFAULT_READ_LIMITS } = require('../../src/xlsx/zip');
const { parseXml, decodeXmlBytes } = require('../../src/xlsx/xml');
const { filledFormBytes, randomInputs, rng } = require('../../test/support/submissions');
const { memoryWatch } = require('./memory');

const xa = findBuiltinSet('phutho-2018-xa');

function makeFiles(n) {
  const random = rng(300);
  return Array.from({ length: n }, (_, i) => ({ name: `xa-${i + 1}.xlsx`, bytes: filledFormBytes(xa, randomInputs(xa, `Xã Thử ${i + 1}`, random)) }));
}

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

function floor(files) {
  const noop = { open() {}, close() {}, text() {} };
  for (const f of files) {
    const zip = openZip(f.bytes, DEFAULT_READ_LIMITS);
    for (const name of zip.entries.keys()) if (/\.(xml|rels)$/.test(name)) parseXml(decodeXmlBytes(zip.read(name)), noop, name);
  }
}

function ours(files) {
  const results = files.map((f) => readSubmission(f, [xa]));
  const { state } = mergeSubmissions(emptyMaster(), results, 'bench');
  return { state, standings: groupStandings(state, [xa]) };
}

async function exceljs(files) {
  const ExcelJS = require('exceljs');
  const t = process.hrtime.bigint();
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes));
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function masterSyncs(state) {
  let createFakeExcel;
  let OfficeWorkbook;
  try {
    ({ createFakeExcel } = require('../../src/preview/fake-excel'));
    ({ OfficeWorkbook } = require('../../src/excel/office-workbook'));
  } catch {
    return undefined;
  }
  const fake = createFakeExcel({});
  fake.install();
  await new OfficeWorkbook().applyPlan(masterPlan(state, [xa]));
  return fake.stats.syncs;
}

module.exports = {
  title: 'Consolidation (phutho-2018-xa)',
  async run() {
    const files = makeFiles(300);
    const mb = files.reduce((t, f) => t + f.bytes.length, 0) / 1048576;
    const watch = memoryWatch();
    floor(files.slice(0, 20));
    ours(files.slice(0, 20));
    const floorRun = best(3, () => floor(files));
    const ourRun = best(3, () => ours(files));
    const mem = watch.stop();
    const peerMs = await exceljs(files);
    const rows = [
      ['files', `300 (${mb.toFixed(1)} MB)`, ''],
      ['read + recompute + rank', `${ourRun.ms.toFixed(0)} ms`, ''],
      ['floor: unzip + parse XML', `${floorRun.ms.toFixed(0)} ms`, ''],
      ['ratio to floor', `${(ourRun.ms / floorRun.ms).toFixed(2)}×`, 'target ≤ 1.5×'],
      ['ExcelJS load (peer)', `${peerMs.toFixed(0)} ms`, `ours ${(peerMs / ourRun.ms).toFixed(1)}× faster (target ≥ 5×)`],
      ['peak memory', `rss ${mem.rssMb.toFixed(0)} MB, heap ${mem.heapMb.toFixed(0)} MB`, ''],
    ];
    for (const n of [30, 300]) {
      const state = ourRun.result.state;
      const subset = { ...state, units: state.units.slice(0, n) };
      const syncs = await masterSyncs(subset);
      rows.push([`syncs to write the master, ${n} units`, syncs === undefined ? 'n/a (stand-in missing)' : String(syncs), 'target ≤ 10, constant']);
    }
    return rows;
  },
};
