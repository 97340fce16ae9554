import * as fs from 'node:fs';
import { cli } from '../../support/cli';
import * as os from 'node:os';
import * as path from 'node:path';
import { setVersion } from '../../../src/criteria';
import { findBuiltinSet } from '../../../src/sets';
import type { CriteriaSet, Inputs } from '../../../src/criteria/model';
import { buildFormPlan, findFormIdentity, readForm } from '../../../src/form';
import { vietnamTodaySerial } from '../../../src/form/form-fields';
import type { CellPlan } from '../../../src/plan/model';
import { scoreSet } from '../../../src/scoring';
import { readWorkbook, writeWorkbook } from '../../../src/xlsx';



const set = findBuiltinSet('phutho-2018-xa') as CriteriaSet;
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

/** Every field filled so that the engine finds no problem (zeros keep every check true). */
function completeInputs(s: CriteriaSet): Inputs {
  const inputs: Inputs = {};
  for (const f of [...s.generalFields, ...s.sections.flatMap((x) => x.criteria.flatMap((c) => c.fields))]) {
    const v = { integer: 0, count: 0, decimal: 0, percent: 0, yesno: 'Không', choice: f.choices?.[0]?.label ?? '', text: 'x', date: 43373 }[f.type];
    inputs[f.id] = f.min !== undefined && typeof v === 'number' ? Math.max(v, f.min) : v;
  }
  return inputs;
}

/** A filled form as a spreadsheet would save it: formulas with their results cached. */
function savedForm(s: CriteriaSet, inputs: Inputs, evidence: Record<string, string>, tamper?: (cells: CellPlan[], map: ReturnType<typeof buildFormPlan>['map']) => void): Uint8Array {
  const { plan, map } = buildFormPlan(s, { inputs, evidence });
  const result = scoreSet(s, inputs, { evidence });
  const at = (p: { row: number; col: number }) => plan.sheets[0].cells.filter((c) => c.row === p.row && c.col === p.col).pop() as CellPlan;
  for (const c of result.criteria) at(map.scoreCell[c.code]).value = c.points;
  for (const sec of result.sections) at(map.sectionCell[sec.code]).value = sec.points;
  at(map.totalCell).value = result.total;
  at(map.bandCell).value = result.band ?? '';
  for (const p of Object.values(map.cohortBestCell)) at(p).value = 1;
  tamper?.(plan.sheets[0].cells, map);
  return writeWorkbook(plan, { cached: true });
}

describe('global', () => {
  test('--help lists the commands; --version prints the package version', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    for (const c of ['sets', 'describe', 'template', 'fill', 'score']) expect(help.out).toContain(c);
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).version;
    expect(cli('--version').out.trim()).toBe(version);
  });

  test('usage errors exit 2 with a suggestion', () => {
    expect(cli().code).toBe(2);
    const typo = cli('scroe', 'x.xlsx');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('Không có lệnh “scroe”. [cli.unknownCommand]');
    expect(typo.err).toContain('Có phải ý bạn là “score”?');
    const option = cli('sets', '--jsno');
    expect(option.code).toBe(2);
    expect(option.err).toContain('--json');
    expect(cli('--bogus').code).toBe(2);
  });

  test('every command has --help', () => {
    for (const c of ['sets', 'describe', 'template', 'fill', 'score']) {
      const r = cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Cách dùng: egov-scorecard ${c}`);
      expect(cli(c, '--help', '--lang', 'en').out).toContain(`Usage: egov-scorecard ${c}`);
    }
  });
});

describe('sets and describe', () => {
  test('sets lists every built-in set', () => {
    const r = cli('sets');
    expect(r.code).toBe(0);
    const ids = ['phutho-2016-so', 'phutho-2016-huyen', 'phutho-2018-so', 'phutho-2018-huyen', 'phutho-2018-xa', 'phutho-2025-so', 'phutho-2025-xa'];
    for (const id of ids) expect(r.out).toContain(id);
    expect((JSON.parse(cli('sets', '--json').out) as { id: string }[]).map((s) => s.id)).toEqual(ids);
  });

  test('sets lines up its columns: every title starts where the others do, 100 and 1000 points alike', () => {
    const lines = cli('sets').out.trimEnd().split('\n');
    const titleAt = lines.map((line) => line.indexOf('Bộ '));
    expect(new Set(titleAt).size).toBe(1);
    expect(lines.find((l) => l.startsWith('phutho-2025-xa'))).toMatch(/tối đa 1000  Bộ/);
    expect(lines.find((l) => l.startsWith('phutho-2018-xa'))).toMatch(/tối đa  100  Bộ/);
  });

  test('describe shows criteria, field ids, types, bounds and rule kinds', () => {
    const r = cli('describe', set.id);
    expect(r.code).toBe(0);
    expect(r.out).toContain('so_cbccvc_co_may_tinh  integer  >= 0  người  bắt buộc');
    expect(r.out).toContain('quy tắc cohort');
    expect(r.out).toContain('lựa chọn: “Chưa sử dụng”');
    const en = cli('describe', set.id, '--lang', 'en');
    expect(en.out).toContain('so_cbccvc_co_may_tinh  integer  >= 0  người  required');
    expect(en.out).toContain('rule cohort');
    expect(en.out).toContain('choices: “Chưa sử dụng”');
  });

  test('describe --json documents the inputs JSON shape', () => {
    const data = JSON.parse(cli('describe', set.id, '--json').out);
    expect(data.id).toBe(set.id);
    expect(data.sections[0].criteria[0].fields[0]).toMatchObject({ id: 'so_cbccvc_co_may_tinh', type: 'integer', min: 0 });
    expect(data.inputsJson.valueForms.percent).toContain('85%');
    expect(data.inputsJson.example.set).toBe(set.id);
  });

  test('an unknown or missing set id is a usage error with a suggestion', () => {
    const r = cli('describe', 'phutho-2018-xaa');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có bộ tiêu chí “phutho-2018-xaa”. [cli.unknownSet]');
    expect(r.err).toContain('Có phải ý bạn là “phutho-2018-xa”?');
    expect(cli('describe', 'phutho-2018-xaa', '--lang=en').err).toContain('Did you mean “phutho-2018-xa”?');
    expect(cli('describe').code).toBe(2);
    expect(cli('describe', set.id, 'extra').code).toBe(2);
  });
});

describe('template and fill', () => {
  test('template writes a form that is found by its identity', () => {
    const r = cli('template', set.id, '-o', file('t.xlsx'));
    expect(r.code).toBe(0);
    const sheet = readWorkbook(new Uint8Array(fs.readFileSync(file('t.xlsx')))).sheets[0];
    expect(findFormIdentity(sheet)).toMatchObject({ setId: set.id, version: setVersion(set) });
  });

  test('fill writes the values into their cells', () => {
    fs.writeFileSync(file('in.json'), JSON.stringify({ set: set.id, inputs: { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 15, co_mang_lan: true, ty_le_van_ban_dien_tu: '85%' }, evidence: { '1.3': 'QĐ 12' } }));
    const before = vietnamTodaySerial(Date.now());
    const r = cli('fill', set.id, '--inputs', file('in.json'), `--output=${file('f.xlsx')}`);
    const after = vietnamTodaySerial(Date.now());
    expect(r.code).toBe(0);
    expect(r.err).toContain('cảnh báo về số liệu'); // many fields are still blank
    const form = readForm(readWorkbook(new Uint8Array(fs.readFileSync(file('f.xlsx')))).sheets[0], set);
    const { ngay_lap_phieu: date, ...rest } = form.inputs;
    expect(rest).toEqual({ tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 15, co_mang_lan: 'Có', ty_le_van_ban_dien_tu: 0.85 });
    // No report date given: the form is dated the day it is filled (in Vietnam), and says so.
    expect([before, after]).toContain(date);
    expect(r.out).toMatch(/Ngày lập phiếu chưa có nên lấy ngày hôm nay: \d\d\/\d\d\/\d{4}\./);
    expect(form.evidence).toEqual({ '1.3': 'QĐ 12' });
  });

  test('fill takes the governing body and place from the built-in roster, keeps values given, and a JSON number keeps its value', () => {
    const inputs = { ten_don_vi: 'UBND phường Dữu Lâu', dia_danh: 'Phường Dữu Lâu', ngay_lap_phieu: '2018-09-28', ty_le_van_ban_dien_tu: 1.5 };
    fs.writeFileSync(file('in2.json'), JSON.stringify({ set: set.id, inputs }));
    const r = cli('fill', set.id, '--inputs', file('in2.json'), '-o', file('f2.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Lấy từ danh sách đơn vị có sẵn: “Cơ quan chủ quản”');
    expect(r.out).not.toContain('ngày hôm nay');
    const form = readForm(readWorkbook(new Uint8Array(fs.readFileSync(file('f2.xlsx')))).sheets[0], set);
    expect(form.inputs).toMatchObject({ dia_danh: 'Phường Dữu Lâu', ngay_lap_phieu: 43371, ty_le_van_ban_dien_tu: 1.5 });
    expect(form.inputs.co_quan_chu_quan).toBeUndefined(); // a People's Committee: no governing body line
    expect(r.err).toMatch(/ty_le_van_ban_dien_tu/); // 150 % is kept as given, and flagged
  });

  test('fill with bad inputs exits 1 naming the field and writes nothing', () => {
    fs.writeFileSync(file('bad.json'), JSON.stringify({ inputs: { so_may_tin: 3, co_mang_lan: 'maybe' } }));
    const r = cli('fill', set.id, '-i', file('bad.json'), '-o', file('bad.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('inputs.so_may_tin');
    expect(r.err).toContain('inputs.co_mang_lan');
    expect(fs.existsSync(file('bad.xlsx'))).toBe(false);
  });

  test('fill without --inputs is a usage error; a missing inputs file is an input problem', () => {
    expect(cli('fill', set.id, '-o', file('x.xlsx')).code).toBe(2);
    expect(cli('fill', set.id, '--inputs').code).toBe(2);
    const missing = cli('fill', set.id, '--inputs', file('nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ENOENT');
  });
});

describe('score', () => {
  const inputs = completeInputs(set);
  const evidence = Object.fromEntries(set.sections.flatMap((s) => s.criteria.map((c) => [c.code, 'Văn bản số 1'])));

  test('a complete form whose cached scores agree exits 0', () => {
    fs.writeFileSync(file('good.xlsx'), savedForm(set, inputs, evidence));
    const r = cli('score', file('good.xlsx'));
    expect(r.err).toBe('');
    expect(r.out).toContain('Không có vấn đề.');
    expect(r.code).toBe(0);
  });

  test('a self-score that differs from the criteria, or typed over its formula, exits 1 and names the cell', () => {
    fs.writeFileSync(
      file('differs.xlsx'),
      savedForm(set, inputs, evidence, (cells, map) => {
        const p = map.scoreCell['1.1'];
        const cell = cells.filter((c) => c.row === p.row && c.col === p.col).pop() as CellPlan;
        cell.value = 6;
        const q = map.scoreCell['2.1'];
        const typed = cells.filter((c) => c.row === q.row && c.col === q.col).pop() as CellPlan;
        delete typed.formula;
        typed.value = 6;
      }),
    );
    const r = cli('score', file('differs.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1\.1 .*KHÁC/);
    expect(r.out).toContain('[differs] Tiêu chí 1.1, ô');
    expect(r.out).toContain('[noFormula] Tiêu chí 2.1, ô');
    expect(cli('score', file('differs.xlsx'), '--lang', 'en').out).toContain('[differs] Criterion 1.1, cell');
    const json = JSON.parse(cli('score', file('differs.xlsx'), '--json').out);
    expect(json.ok).toBe(false);
    const line = json.files[0].sheets[0].criteria.find((c: { code: string }) => c.code === '1.1');
    expect(line).toMatchObject({ engine: 0, file: 6, status: 'differs' });
  });

  test('input problems found in a form exit 1', () => {
    cli('template', set.id, '-o', file('blank.xlsx'));
    const r = cli('score', file('blank.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('[missing]');
    expect(r.out).toContain('(tệp chưa tính)');
  });

  test('a file that is not a form, or not an .xlsx, exits 1; no file is a usage error', () => {
    fs.writeFileSync(file('other.xlsx'), writeWorkbook({ styles: {}, sheets: [{ name: 'Sheet1', columns: [], cells: [{ row: 0, col: 0, value: 'x' }], merges: [], validations: [], protect: false }] }));
    const other = cli('score', file('other.xlsx'));
    expect(other.code).toBe(1);
    expect(other.out).toContain('Không tìm thấy biểu mẫu tự đánh giá');
    expect(other.out).toContain('[cli.score.noForm]');
    fs.writeFileSync(file('text.xlsx'), 'not a zip');
    expect(cli('score', file('text.xlsx')).code).toBe(1);
    expect(cli('score').code).toBe(2);
  });

  test('the form sheet is found next to other sheets of a workbook', () => {
    const { plan } = buildFormPlan(set, { inputs, evidence });
    const other = { name: 'Ghi chép', columns: [], cells: [{ row: 0, col: 0, value: 'x' }], merges: [], validations: [], protect: false };
    fs.writeFileSync(file('two.xlsx'), writeWorkbook({ styles: plan.styles, sheets: [other, plan.sheets[0]] }));
    const r = cli('score', file('two.xlsx'), '--json');
    const json = JSON.parse(r.out);
    expect(json.files[0].sheets).toHaveLength(1);
    expect(json.files[0].sheets[0]).toMatchObject({ sheet: plan.sheets[0].name, setId: set.id, versionMatches: true });
    expect(r.code).toBe(0); // complete inputs, not yet calculated: nothing to flag
  });
});

describe('a Vietnamese command line', () => {
  test('speaks Vietnamese whatever the shell locale, English with --lang en, and rejects another language', () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    process.env.LANG = 'en_US.UTF-8';
    process.env.LC_ALL = 'en_US.UTF-8';
    try {
      expect(cli('--help').out).toContain('Cách dùng: egov-scorecard <lệnh> [tùy chọn]');
      expect(cli('--lang', 'en', '--help').out).toContain('Usage: egov-scorecard <command> [options]');
      expect(cli('sets', '--lang=en').out).toMatch(/phutho-2018-xa .* max +100/);
      expect(cli('sets').out).toMatch(/phutho-2018-xa .* tối đa +100/);
      const bad = cli('sets', '--lang', 'fr');
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('Không có ngôn ngữ “fr”');
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });

  test('prints each error with its catalogue code, like a compiler', () => {
    const missing = cli('fill', set.id, '--inputs', file('nope.json'), '--lang', 'en');
    expect(missing.err).toMatch(/^egov-scorecard fill: Cannot read “[^”]*nope\.json”: ENOENT \[cli\.cannotRead\]$/m);
    fs.writeFileSync(file('notzip.xlsx'), 'not a zip');
    const r = cli('check-set', file('notzip.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/“[^”]*notzip\.xlsx” không phải sổ \.xlsx đọc được: .* \[cli\.setFile\.notXlsx\]/);
  });

  test('fill prints each warning once, in one wording, naming the inputs key', () => {
    fs.writeFileSync(file('part.json'), JSON.stringify({ set: set.id, inputs: { tong_so_cbccvc: 20 } }));
    const r = cli('fill', set.id, '--inputs', file('part.json'), '-o', file('part.xlsx'));
    expect(r.code).toBe(0);
    const count = Number(/(\d+) cảnh báo về số liệu:/.exec(r.err)?.[1]);
    const lines = r.err.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(count);
    expect(new Set(lines).size).toBe(count);
    const line = lines.find((l) => l.includes('[inputs.so_cbccvc_co_may_tinh]')) as string;
    expect(line).toMatch(/^ {2}Tiêu chí 1\.1: chưa nhập/);
    expect(line.match(/1\.1/g)).toHaveLength(1);
  });

  test('fill caches the engine scores in the form, and score compares them', () => {
    const inputs = completeInputs(set);
    const evidence = Object.fromEntries(set.sections.flatMap((s) => s.criteria.map((c) => [c.code, 'Văn bản số 1'])));
    fs.writeFileSync(file('full.json'), JSON.stringify({ set: set.id, inputs: { ...inputs, so_cbccvc_co_may_tinh: 3 }, evidence }));
    expect(cli('fill', set.id, '--inputs', file('full.json'), '-o', file('full.xlsx')).code).toBe(0);
    const sheet = readWorkbook(new Uint8Array(fs.readFileSync(file('full.xlsx')))).sheets[0];
    const form = readForm(sheet, set);
    const engine = scoreSet(set, form.inputs, { evidence: form.evidence });
    expect(form.cached.total).toBe(engine.total);
    expect(form.cached.criteria['1.1']).toBe(engine.criteria.find((c) => c.code === '1.1')?.points);
    const json = JSON.parse(cli('score', file('full.xlsx'), '--json').out);
    const statuses = new Set(json.files[0].sheets[0].criteria.map((c: { status: string }) => c.status));
    expect([...statuses]).toEqual(['same']);
    expect(json.files[0].sheets[0].total.status).toBe('same');
  });
});
