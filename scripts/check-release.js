#!/usr/bin/env node
// The last step of `npm run build`: checks, offline, that dist/ is a release IT can host. With
// ADDIN_PUBLIC_URL set (a release): dist/manifest.xml passes the manifest checks on that origin,
// names only files the build wrote, carries package.json's version, and no development URL.
// Without it (a local or test build) it says dist/ is not for hosting and checks nothing more.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { checkManifest, checkRelease } = require('./manifest-checks');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const manifestFile = path.join(dist, 'manifest.xml');
const raw = process.env.ADDIN_PUBLIC_URL;

if (!fs.existsSync(manifestFile)) {
  console.error('✗ dist/manifest.xml is missing: run webpack --mode production first.');
  process.exit(1);
}
if (!raw) {
  console.warn('! dist/ is a local build (ADDIN_PUBLIC_URL not set): not for hosting. Release: ADDIN_PUBLIC_URL=https://host/path/ npm run build');
  process.exit(0);
}
const publicUrl = raw.endsWith('/') ? raw : `${raw}/`;
const xml = fs.readFileSync(manifestFile, 'utf8');
const version = `${require(path.join(root, 'package.json')).version}.0`;
const errors = [
  ...checkManifest(xml, { root, origin: new URL(publicUrl).origin }).errors,
  ...checkRelease(xml, { dist, publicUrl, version }).errors,
];
if (errors.length) {
  console.error(`✗ dist/manifest.xml is not a valid release for ${publicUrl}:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
const files = fs.readdirSync(dist, { recursive: true }).filter((f) => fs.statSync(path.join(dist, f)).isFile());
console.log(`✓ release ${version} for ${publicUrl}: dist/ holds ${files.length} files; copy them all to that address, then deploy dist/manifest.xml (docs/deployment.md).`);
