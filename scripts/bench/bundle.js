// What a user downloads when the task pane opens: the scripts taskpane.html loads up front
// (gzip -9), beside the chunks that load only when a view needs them. Builds dist/ first
// when it is missing.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');

const dist = path.join(__dirname, '..', '..', 'dist');
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

module.exports = {
  title: 'Task pane bundle (gzip -9)',
  async run() {
    if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
      const built = spawnSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
      if (built.status !== 0) return [['initial JS', 'n/a', 'production build failed: run npx webpack --mode production']];
    }
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    const own = new Set(initial);
    const entryLike = /^(taskpane|commands|preview)\./;
    const lazy = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !own.has(f) && !entryLike.test(f));
    const initialBytes = initial.reduce((t, f) => t + gzip(f), 0);
    const lazyBytes = lazy.reduce((t, f) => t + gzip(f), 0);
    return [
      ['initial JS', kb(initialBytes), `${initial.length} scripts in taskpane.html; budget 200 KB (${((initialBytes / 204800) * 100).toFixed(0)}%)`],
      ['lazy chunks', kb(lazyBytes), `${lazy.length} chunks (core data and engine, authoring, consolidation, xlsx), loaded on demand; preview's own script excluded`],
    ];
  },
};
