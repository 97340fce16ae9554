// What `npm start` started, so that `npm stop` can stop all of it: the process groups of the
// servers it launched (each started as the leader of its own group, so a group holds the server
// and every process it spawned), kept in a small JSON file under node_modules/.cache.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const FILE = path.join(__dirname, '..', 'node_modules', '.cache', 'egov-scorecard', 'started.json');

/** Adds a started process group (its leader's pid) with what it is. */
function remember(pid, what) {
  const list = startedGroups().filter((g) => isAlive(g.pid));
  list.push({ pid, what });
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(list, null, 2));
}

function startedGroups() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch {
    return [];
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every group `npm start` recorded (SIGTERM, then SIGKILL after `graceMs`); returns what was stopped. */
async function stopAll(graceMs = 5000) {
  const groups = startedGroups().filter((g) => isAlive(g.pid));
  for (const g of groups) signalGroup(g.pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (groups.some((g) => isAlive(g.pid)) && Date.now() < until) await new Promise((done) => setTimeout(done, 100));
  for (const g of groups) if (isAlive(g.pid)) signalGroup(g.pid, 'SIGKILL');
  fs.rmSync(FILE, { force: true });
  return groups;
}

module.exports = { remember, stopAll, startedGroups, STARTED_FILE: FILE };
