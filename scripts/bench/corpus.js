// The bench's shared inputs, made once per run: 300 realistic fills of phutho-2018-xa (random
// but seeded), and the master state that merging them gives.
const { findBuiltinSet } = require('../../src/sets');
const { readSubmission, mergeSubmissions, emptyMaster } = require('../../src/consolidate');
const { filledFormBytes, randomInputs, rng } = require('../../test/support/submissions');

const xa = findBuiltinSet('phutho-2018-xa');
let files;
let state;

/** The 300 submitted files: { name, bytes }. */
function submissions() {
  if (!files) {
    const random = rng(300);
    files = Array.from({ length: 300 }, (_, i) => ({ name: `xa-${i + 1}.xlsx`, bytes: filledFormBytes(xa, randomInputs(xa, `Xã Thử ${i + 1}`, random)) }));
  }
  return files;
}

/** The master state of the 300 submissions, merged without a roster. */
function masterState() {
  if (!state) state = mergeSubmissions(emptyMaster(), submissions().map((f) => readSubmission(f, [xa])), 'bench').state;
  return state;
}

module.exports = { xa, submissions, masterState };
