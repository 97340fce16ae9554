#!/usr/bin/env node
// npm run preview: the task pane beside a stand-in workbook, served over plain HTTP (no
// certificates, no Excel, no network): http://localhost:3000/preview.html
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const port = require(path.join(__dirname, '..', 'package.json')).config.dev_server_port || 3000;

/** Starts `webpack serve` in preview mode; resolves with the child process. */
function startPreview({ quiet = false } = {}) {
  const webpack = require.resolve('webpack/bin/webpack.js');
  const child = spawn(process.execPath, [webpack, 'serve', '--mode', 'development'], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, PREVIEW: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
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
