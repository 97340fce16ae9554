// A workbook holding several units' forms (a district sending its communes' forms in one file):
// every form is imported and logged on its own, a bad one rejected naming the file and its sheet.

import { findBuiltinSet } from '../../../src/sets';
import { emptyMaster, mergeSubmissions, readSubmissions } from '../../../src/consolidate';
import { parseSubmissions, type ParseMessage } from '../../../src/taskpane/workers/parse-submissions';
import { editPart } from '../../support/xlsx-edit';
import { inBoth } from '../../support/telling';
import { severalFormsBytes } from '../../support/submissions';

const xa = findBuiltinSet('phutho-2018-xa')!;
const units = [
  { name: 'Phường Gia Cẩm', total: 75 },
  { name: 'Phường Thọ Sơn', total: 65 },
  { name: 'Phường Bến Gót', total: 90 },
];
const bytes = severalFormsBytes(xa, units);

describe('a workbook holding several forms', () => {
  it('gives one accepted submission per form, each with its own data version, all merged and logged', () => {
    const results = readSubmissions({ name: 'huyen.xlsx', bytes }, [xa]);
    expect(results.map((r) => (r.ok ? r.submission.unitName : 'rejected'))).toEqual(units.map((u) => u.name));
    const hashes = new Set(results.map((r) => (r.ok ? r.submission.hash : '')));
    expect(hashes.size).toBe(3);
    const { state, changes } = mergeSubmissions(emptyMaster(), results, '2018-10-01T08:00:00Z');
    expect(state.units.map((u) => u.name).sort()).toEqual(units.map((u) => u.name).sort());
    expect(changes.map((c) => c.fileName)).toEqual(['huyen.xlsx', 'huyen.xlsx', 'huyen.xlsx']);
  });

  it('rejects a damaged form among them naming the file and the sheet, and keeps the others', () => {
    // the second form's unit name cell emptied
    const damaged = editPart(bytes, 'xl/worksheets/sheet2.xml', (xml) => xml.replace(/(<c r="E\d+"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, '$1<v></v>'));
    const results = readSubmissions({ name: 'huyen.xlsx', bytes: damaged }, [xa]);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const bad = results.find((r) => !r.ok);
    if (!bad || bad.ok) throw new Error('no rejection');
    expect(inBoth(bad.rejection.message).vi).toMatch(/^Tệp “huyen\.xlsx”, trang “Phụ lục 2” bị từ chối: /);
  });

  it('reaches the pane through the same reading, one result per form', async () => {
    const messages: ParseMessage[] = [];
    await parseSubmissions({ files: [{ name: 'huyen.xlsx', bytes: bytes.slice().buffer }], options: {} }, [xa], (m) => messages.push(m));
    const result = messages.find((m) => m.type === 'result');
    expect(result && result.type === 'result' ? result.results.map((r) => r.ok) : []).toEqual([true, true, true]);
  });
});
