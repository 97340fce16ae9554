#!/usr/bin/env node
// npm run validate [-- --online]: offline manifest checks (scripts/manifest-checks.js) against the
// dev server's origin; with --online, also Microsoft's validation service (office-addin-manifest
// validate), which needs network access.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { checkManifest } = require('./manifest-checks');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const file = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(root, 'manifest.xml'));
const port = require(path.join(root, 'package.json')).config.dev_server_port || 3000;
const origin = args.includes('--dist') ? undefined : `https://localhost:${port}`;

const { errors } = checkManifest(fs.readFileSync(file, 'utf8'), { root, origin });
if (errors.length) {
  console.error(`✗ ${path.relative(process.cwd(), file)}: ${errors.length} problem(s)`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`✓ ${path.relative(process.cwd(), file)}: well-formed; required elements, resource ids, URLs (${origin || 'https'}) and icons are fine.`);

if (args.includes('--online')) {
  const r = spawnSync('npx', ['--no-install', 'office-addin-manifest', 'validate', file], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
} else {
  console.log('  (Schema validation by Microsoft\'s online service: npm run validate -- --online)');
}
