// `egov-scorecard sets | head -1`: when the reader of the output goes away, the command stops
// quietly, as other command-line tools do, instead of printing a Node stack trace.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
// With -e there is no script path in argv: put one where run() expects it.
const script = `process.argv.splice(1, 0, "egov-scorecard"); require(${JSON.stringify(path.join(root, 'scripts/bench/register-ts.js'))}); require(${JSON.stringify(path.join(root, 'src/cli/main.ts'))}).run();`;

it('stops without a stack trace when the output is closed before it is read (… | head -1)', () => {
  // The reader closes its end at once (long before Node has started), so every write meets EPIPE.
  const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" -e '${script}' -- sets | (exec <&-; sleep 1)`], { encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  expect(run.status).toBe(0);
});
