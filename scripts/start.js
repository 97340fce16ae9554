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
const { remember, stopAll } = require('./running');

const root = path.join(__dirname, '..');
const command = process.argv[2] === 'stop' ? 'stop' : 'start';
const canSideload = process.platform === 'win32' || process.platform === 'darwin';
const debugging = ['--yes', 'office-addin-debugging@6'];

function preview(reason) {
  console.log(`\n! ${reason}`);
  console.log('  Mở bản xem thử trong trình duyệt thay thế. / Opening the browser preview instead.\n');
  const child = startPreview();
  remember(child.pid, 'preview');
  // Ctrl+C or npm stop: the whole group (webpack serve and its workers) goes.
  const stop = () => {
    try {
      process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code === null ? 0 : code));
}

async function stopCommand() {
  const stopped = await stopAll();
  for (const g of stopped) console.log(`Đã dừng ${g.what} (tiến trình ${g.pid}). / Stopped ${g.what} (process ${g.pid}).`);
  if (canSideload) {
    const r = spawnSync('npx', [...debugging, 'stop', 'manifest.xml'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(r.status === null ? 1 : r.status);
  }
  if (stopped.length === 0) console.log('Không có gì đang chạy từ npm start. / Nothing started by npm start is running.');
}

if (command === 'stop') {
  void stopCommand();
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
