#!/usr/bin/env node
// npm run docs:images: the pictures of the main screens in docs/images, as the browser suites took
// them with playwright (test/browser/*: the pane at 1280 px beside the stand-in workbook, and at
// 320 px). Run `npm run test:browser` first; this copies the named shots and fails if one is missing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const shots = path.join(root, 'test-artifacts', 'screenshots');
const out = path.join(root, 'docs', 'images');

/** docs/images name <- screenshot taken by the browser suite (which suite takes it). */
const IMAGES = {
  'start.png': 'start.png', // pane.test.ts: choosing the set, the unit's information
  'entry.png': 'entry.png', // pane.test.ts: guided entry beside the form
  'entry-320.png': 'entry-percent-320.png', // entry.test.ts: a percent read as typed, 320 px pane
  'finish-320.png': 'finish-320.png', // entry.test.ts: numbered problems, deadline notice
  'overview.png': 'overview.png', // pane.test.ts
  'consolidation-ranking.png': 'consolidation-ranking.png', // consolidation.test.ts: 30 communes ranked
  'consolidation-320.png': 'consolidation-320.png', // consolidation.test.ts: units not on the roster, 320 px
};

fs.mkdirSync(out, { recursive: true });
const missing = Object.values(IMAGES).filter((shot) => !fs.existsSync(path.join(shots, shot)));
if (missing.length > 0) {
  console.error(`Thiếu ảnh (chạy npm run test:browser trước) / missing shots (run npm run test:browser first): ${missing.join(', ')}`);
  process.exit(1);
}
for (const [name, shot] of Object.entries(IMAGES)) fs.copyFileSync(path.join(shots, shot), path.join(out, name));
console.log(`docs/images: ${Object.keys(IMAGES).length} ảnh / images`);
