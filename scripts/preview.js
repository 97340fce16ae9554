#!/usr/bin/env node
// npm run preview: the task pane beside a stand-in workbook, served over plain HTTP (no
// certificates, no Excel, no network): http://localhost:3000/preview.html
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const port = require(path.join(__dirname, '..', 'package.json')).config.dev_server_port || 3000;

/**
 * Starts `webpack serve` in preview mode as the leader of its own process group (so that `npm stop`
 * can stop it with everything it spawned); returns the child process. EGOV_PREVIEW_SERVER names
 * another script to run instead (the npm stop test uses a tiny one instead of a 2-minute build).
 */
function startPreview({ quiet = false } = {}) {
  const server = process.env.EGOV_PREVIEW_SERVER;
  const args = server ? [server] : [require.resolve('webpack/bin/webpack.js'), 'serve', '--mode', 'development'];
  const child = spawn(process.execPath, args, {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, PREVIEW: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: process.platform !== 'win32',
  });
  const url = `http://localhost:${port}/preview.html`;
  let announced = false;
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    if (!quiet) process.stdout.write(text);
    if (!announced && /compiled (successfully|with)/.test(text)) {
      announced = true;
      console.log(`\n  Xem thử / Preview: ${url}\n  (Excel mô phỏng, không cần Office; Ctrl+C để dừng / stand-in Excel, no Office needed; Ctrl+C to stop)\n`);
    }
  });
  return child;
}

if (require.main === module) {
  const child = startPreview();
  const stop = () => child.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code === null ? 0 : code));
}

module.exports = { startPreview };
