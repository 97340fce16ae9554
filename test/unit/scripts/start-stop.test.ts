// npm stop stops everything npm start started: the preview server and the processes it spawned,
// and npm start itself (on Linux, npm start serves the browser preview). The server is a small
// stand-in for webpack serve (EGOV_PREVIEW_SERVER) so the test does not wait for a build.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..', '..');
const START = join(ROOT, 'scripts', 'start.js');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`${what}: not after ${ms} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

(process.platform === 'linux' ? it : it.skip)('stops the preview server, its workers and npm start itself', async () => {
  const pidsFile = join(mkdtempSync(join(tmpdir(), 'egov-stop-')), 'pids.json');
  const env = { ...process.env, EGOV_PREVIEW_SERVER: join(ROOT, 'test', 'support', 'fake-preview-server.js'), EGOV_FAKE_PIDS: pidsFile };
  const start = spawn(process.execPath, [START, 'start'], { cwd: ROOT, env, stdio: 'ignore' });
  let exited = false;
  start.on('exit', () => (exited = true));
  await until('the preview server started', () => existsSync(pidsFile) && readFileSync(pidsFile, 'utf8').length > 0);
  const { server, worker } = JSON.parse(readFileSync(pidsFile, 'utf8')) as { server: number; worker: number };
  expect([alive(server), alive(worker)]).toEqual([true, true]);

  const stop = spawnSync(process.execPath, [START, 'stop'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(stop.status).toBe(0);
  expect(stop.stdout).toContain(`Đã dừng preview (tiến trình ${server})`);
  await until('everything stopped', () => !alive(server) && !alive(worker) && exited);

  const again = spawnSync(process.execPath, [START, 'stop'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(again.stdout).toContain('Không có gì đang chạy từ npm start.');
});
