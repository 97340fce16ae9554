// Writing the 300-unit master through the Office.js adapter over the strict stand-in: requests
// (context.sync calls) and bytes sent, on Excel on the web (requests capped at 5 MB) and on
// desktop (no cap), by the light write (ExcelApi 1.13: one inserted .xlsx) and, for reference,
// by the sheet-by-sheet API path that Excel before 1.13 gets.
const { masterPlan } = require('../../src/consolidate');
const { createFakeExcel } = require('../../src/preview/fake-excel');
const { OfficeWorkbook } = require('../../src/excel/office-workbook');
const { within } = require('./budget');
const { xa, masterState } = require('./corpus');

const MB = 1024 * 1024;

async function write(plan, apiVersion, platform) {
  const fake = createFakeExcel({ apiVersion, platform });
  const restore = fake.install();
  try {
    const office = { context: { requirements: fake.Office.context.requirements, platform } };
    const t = process.hrtime.bigint();
    await new OfficeWorkbook({ office }).applyPlan(plan, { activate: plan.sheets[0].name });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return { requests: fake.stats.syncs, bytes: fake.stats.requests.reduce((n, r) => n + r.bytes, 0), ms };
  } finally {
    restore();
  }
}

const figure = (w) => `${w.requests} requests, ${(w.bytes / MB).toFixed(2)} MB`;

module.exports = {
  title: 'Writing the 300-unit master (Office.js adapter over the strict stand-in)',
  async run() {
    const plan = masterPlan(masterState(), [xa]);
    const cells = plan.sheets.reduce((n, s) => n + s.cells.length, 0);
    const web = await write(plan, '1.13', 'OfficeOnline');
    const desktop = await write(plan, '1.13', 'PC');
    const apiWeb = await write(plan, '1.12', 'OfficeOnline');
    const apiDesktop = await write(plan, '1.12', 'PC');
    const note = (w) => `${w.ms.toFixed(0)} ms with the stand-in`;
    return [
      ['plan', `${plan.sheets.length} sheets, ${cells} cells`, ''],
      ['light write, web', figure(web), note(web), within(web.requests <= 5 && web.bytes <= 3 * MB, '≤ 5 requests, ≤ 3 MB')],
      ['light write, desktop', figure(desktop), note(desktop), within(desktop.requests <= 3, '≤ 3 requests')],
      ['API path (before ExcelApi 1.13), web', figure(apiWeb), `${note(apiWeb)}; one more request per ~4 MB`],
      ['API path (before ExcelApi 1.13), desktop', figure(apiDesktop), note(apiDesktop)],
    ];
  },
};
