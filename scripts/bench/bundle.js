// What a user downloads when the task pane opens: the scripts taskpane.html loads up front
// (gzip -9), beside the chunks that load only when a view needs them. Builds dist/ first
// when it is missing or older than src/.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

const dist = path.join(__dirname, '..', '..', 'dist');
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const { within } = require('./budget');
/** The pane's initial JS budget, gzip -9 (the build enforces the same in webpack.config.js). */
const INITIAL_BUDGET = 200 * 1024;

/** True when dist/ was built after the last change to src/ (else the figure would be stale). */
function fresh() {
  const built = path.join(dist, 'taskpane.html');
  if (!fs.existsSync(built)) return false;
  const src = path.join(__dirname, '..', '..', 'src');
  const newest = fs.readdirSync(src, { recursive: true }).reduce((t, f) => Math.max(t, fs.statSync(path.join(src, f)).mtimeMs), 0);
  return fs.statSync(built).mtimeMs >= newest;
}

module.exports = {
  title: 'Task pane bundle (gzip -9)',
  async run() {
    if (!fresh()) {
      const built = spawnSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
      if (built.status !== 0) return [['initial JS', 'n/a', 'production build failed: run npx webpack --mode production', within(false, '≤ 200 KB')]];
    }
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    const own = new Set(initial);
    const entryLike = /^(taskpane|commands|preview)\./;
    const lazy = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !own.has(f) && !entryLike.test(f));
    const initialBytes = initial.reduce((t, f) => t + gzip(f), 0);
    const lazyBytes = lazy.reduce((t, f) => t + gzip(f), 0);
    return [
      ['initial JS', kb(initialBytes), `${initial.length} scripts in taskpane.html (${((initialBytes / INITIAL_BUDGET) * 100).toFixed(0)}% of the budget)`, within(initialBytes <= INITIAL_BUDGET, '≤ 200 KB')],
      ['lazy chunks', kb(lazyBytes), `${lazy.length} chunks (core data and engine, authoring, consolidation, xlsx), loaded on demand; preview's own script excluded`],
    ];
  },
};
