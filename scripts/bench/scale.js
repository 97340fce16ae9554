// Consolidation at province scale: 300, 1,000 and 3,000 forms, each size in its own process
// (scale-run.js) so that its peak memory is its own; time should grow linearly with the forms
// and peak memory stay under 1 GB at 3,000 (issue 10).
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { within } = require('./budget');

const SIZES = [300, 1000, 3000];

function measure(n) {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(__dirname, 'scale-run.js'), String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

module.exports = {
  title: 'Consolidation at scale (phutho-2018-xa): read every file, merge, rank, write the master',
  async run() {
    const runs = SIZES.map(measure);
    const per = (r) => r.ms / r.forms;
    const rows = [];
    for (const r of runs) {
      rows.push([
        `${r.forms.toLocaleString('en-US')} forms`,
        `${(r.ms / 1000).toFixed(1)} s (read ${(r.readMs / 1000).toFixed(1)} s, master ${(r.writeMs / 1000).toFixed(1)} s)`,
        `peak rss ${r.rssMb.toFixed(0)} MB, heap ${r.heapMb.toFixed(0)} MB; master ${r.masterMb.toFixed(1)} MB`,
      ]);
    }
    const big = runs[runs.length - 1];
    const growth = per(big) / per(runs[0]);
    rows.push(['time per form, 3,000 vs 300', `${growth.toFixed(2)}×`, 'linear: the same time per form at every size', within(growth <= 1.5, '≤ 1.5×')]);
    rows.push(['peak rss at 3,000 forms', `${big.rssMb.toFixed(0)} MB`, '', within(big.rssMb < 1024, '< 1024 MB')]);
    return rows;
  },
};
