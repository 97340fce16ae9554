#!/usr/bin/env node
// npm start / npm stop.
// On Windows and macOS: start the HTTPS dev server and sideload the add-in into desktop Excel
// with office-addin-debugging, fetched on demand by npx (not a devDependency: its dependency chain
// currently pulls a package missing from the npm registry, so `npm ci` would fail). On Linux, or when
// sideloading fails, explain why and serve the browser preview instead.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const { startPreview } = require('./preview');

const root = path.join(__dirname, '..');
const command = process.argv[2] === 'stop' ? 'stop' : 'start';
const canSideload = process.platform === 'win32' || process.platform === 'darwin';
const debugging = ['--yes', 'office-addin-debugging@6'];

function preview(reason) {
  console.log(`\n! ${reason}`);
  console.log('  Mở bản xem thử trong trình duyệt thay thế. / Opening the browser preview instead.\n');
  const child = startPreview();
  const stop = () => child.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code === null ? 0 : code));
}

if (command === 'stop') {
  if (!canSideload) {
    console.log('Không có gì để dừng: bản xem thử dừng bằng Ctrl+C. / Nothing to stop: stop the preview with Ctrl+C.');
    process.exit(0);
  }
  const r = spawnSync('npx', [...debugging, 'stop', 'manifest.xml'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status === null ? 1 : r.status);
} else if (!canSideload) {
  preview('Không có Excel trên Linux để nạp phần bổ trợ. / There is no desktop Excel on Linux to sideload into.');
} else {
  // As in the yo-office template: office-addin-debugging reads package.json's config (excel, desktop,
  // port 3000), runs "npm run dev-server" and sideloads manifest.xml.
  const child = spawn('npx', [...debugging, 'start', 'manifest.xml'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => {
    if (code === 0) return process.exit(0);
    preview(`Không nạp được phần bổ trợ vào Excel (office-addin-debugging thoát với mã ${code}). / Sideloading into Excel failed (office-addin-debugging exited with ${code}).`);
  });
}
