// Guided entry: for every built-in set, the context.sync() calls the Office.js adapter makes
// over the strict stand-in to create the form, read it back, and write one input — the
// counts that stay constant whatever the set's size (issue: create ≤ 3, read = 1).
const { BUILTIN_SETS } = require('../../src/sets');
const { buildFormPlan } = require('../../src/form');
const { createFakeExcel } = require('../../src/preview/fake-excel');
const { OfficeWorkbook } = require('../../src/excel/office-workbook');
const { within } = require('./budget');

async function measure(set) {
  const fake = createFakeExcel({});
  fake.install();
  const workbook = new OfficeWorkbook();
  const { plan, map } = buildFormPlan(set);
  const cells = plan.sheets[0].cells.length;
  const count = async (fn) => {
    fake.resetStats();
    const t = process.hrtime.bigint();
    await fn();
    return { syncs: fake.stats.syncs, ms: Number(process.hrtime.bigint() - t) / 1e6 };
  };
  const create = await count(() => workbook.applyPlan(plan, { activate: map.sheetName }));
  const read = await count(() => workbook.readSheet(map.sheetName));
  const [fieldId, pos] = Object.entries(map.valueCell).find(([id]) => id === 'tong_so_cbccvc') ?? Object.entries(map.valueCell)[0];
  const write = await count(() => workbook.writeCells(map.sheetName, [{ row: pos.row, col: pos.col, value: fieldId === 'tong_so_cbccvc' ? 40 : 1 }]));
  return { cells, create, read, write };
}

module.exports = {
  title: 'Guided entry: syncs per operation (Office.js adapter over the strict stand-in)',
  async run() {
    const rows = [];
    for (const set of BUILTIN_SETS) {
      const m = await measure(set);
      rows.push([
        set.id,
        `create ${m.create.syncs}, read ${m.read.syncs}, write ${m.write.syncs}`,
        `${m.cells} cells; create ${m.create.ms.toFixed(0)} ms in the stand-in`,
        within(m.create.syncs <= 3 && m.read.syncs === 1 && m.write.syncs === 1, 'create ≤ 3, read = 1, write = 1'),
      ]);
    }
    return rows;
  },
};
