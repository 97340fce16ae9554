#!/usr/bin/env node
// One section of `npm run bench` in a process of its own: bench.js runs each section so, so that
// one section's heap and JIT state never weigh on the next one's figures (a run of the
// consolidation section after the others measured its pool 40 % slower than the same section
// alone). Usage: run-section.js <index in sections.js> <file to write { title, rows } to>.
require('./register-ts');
const fs = require('node:fs');
const sections = require('./sections');

const [index, out] = process.argv.slice(2);
const section = require(sections[Number(index)]);
section.run().then(
  (rows) => fs.writeFileSync(out, JSON.stringify({ title: section.title, rows })),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
