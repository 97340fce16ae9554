// One limit for writing and reading a master (issue 10): one unit more than MASTER_MAX_UNITS is
// refused before anything is planned or written, with a message, by the core and the pane's
// import (`rank`: test/unit/cli/rank-limit.test.ts). That MASTER_MAX_UNITS units are written and
// read back is the scale suite's (test/scale/master-limit.test.ts: too slow for every run).

import { masterPlan, masterSheets } from '../../../src/consolidate';
import { findBuiltinSet } from '../../../src/sets';
import { mergeIntoMaster } from '../../../src/taskpane/consolidation/master-io';
import type { WorkbookPort } from '../../../src/excel/port';
import { MASTER_MAX_UNITS } from '../../../src/xlsx';
import { rejectionText, thrownText } from '../../support/localized';
import { syntheticMaster, syntheticResults } from '../../support/synthetic-master';

jest.setTimeout(120_000);

const xa = findBuiltinSet('phutho-2018-xa')!;

describe('a master of more units than MASTER_MAX_UNITS', () => {
  const tooMany = syntheticResults(xa, MASTER_MAX_UNITS + 1);

  it('is refused before it is planned, with a message naming both numbers', () => {
    const state = syntheticMaster(xa, MASTER_MAX_UNITS + 1);
    const refused = thrownText(() => masterSheets(state, [xa]));
    expect(refused.code).toBe('master.tooManyUnits');
    expect(refused.vi).toContain('5001 đơn vị vượt quá giới hạn 5000 đơn vị');
    expect(refused.en).toContain('5001 units exceed the limit of 5000 units');
    expect(thrownText(() => masterPlan(state, [xa])).code).toBe('master.tooManyUnits');
  });

  it('is refused by the pane before anything is written into the workbook', async () => {
    const applied: string[] = [];
    const port = {
      listSheets: async () => [],
      readSheets: async () => [],
      applyPlan: async (plan: { sheets: { name: string }[] }) => void applied.push(...plan.sheets.map((s) => s.name)),
    } as unknown as WorkbookPort;
    const refused = await rejectionText(mergeIntoMaster(port, tooMany, [xa], '2026-01-01T00:00:00.000Z'));
    expect(refused.code).toBe('master.tooManyUnits');
    expect(refused.vi).toContain('Tệp tổng hợp cũ (nếu có) giữ nguyên');
    expect(applied).toEqual([]);
  });
});
