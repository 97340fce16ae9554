// Stands in for `webpack serve` in the npm stop test: says it compiled, starts a worker of its own
// (as webpack serve does) and writes both pids to EGOV_FAKE_PIDS, then runs until stopped.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const worker = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
fs.writeFileSync(process.env.EGOV_FAKE_PIDS, JSON.stringify({ server: process.pid, worker: worker.pid }));
console.log('compiled successfully');
setInterval(() => {}, 1000);
