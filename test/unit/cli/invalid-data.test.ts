// Issue 9, as a new user tried it: 25 staff with a computer for 20 staff, and 150 % of the
// documents sent electronically. Invalid data earns nothing, and `score` says why.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../../support/cli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-invalid-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

interface JsonCriterion {
  code: string;
  engine: number;
  file: unknown;
  voided?: string;
}

function scored(inputs: Record<string, unknown>, lang = 'vi'): JsonCriterion[] {
  fs.writeFileSync(file('in.json'), JSON.stringify({ set: 'phutho-2018-xa', inputs }));
  expect(cli('fill', 'phutho-2018-xa', '--inputs', file('in.json'), '-o', file('f.xlsx')).code).toBe(0);
  const json = JSON.parse(cli('score', file('f.xlsx'), '--json', '--lang', lang).out);
  return json.files[0].sheets[0].criteria;
}

describe('invalid data scores 0 in score --json (engine)', () => {
  it('gives 1.1 (25 computers for 20 staff) and 2.3 (150 %) 0 points, with the reason', () => {
    const criteria = scored({ tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25, ty_le_van_ban_dien_tu: 1.5 });
    const byCode = new Map(criteria.map((c) => [c.code, c]));
    expect(byCode.get('1.1')).toMatchObject({ engine: 0, voided: expect.stringContaining('(25) lớn hơn') });
    expect(byCode.get('1.1')!.voided).toMatch(/^0 điểm — số liệu không hợp lệ: /);
    expect(byCode.get('2.3')).toMatchObject({ engine: 0, voided: expect.stringContaining('150%, lớn hơn 100%') });
    expect(criteria.filter((c) => c.voided).map((c) => c.code)).toEqual(['1.1', '2.3']);
  });

  it('scores the same inputs made valid as before, with no reason', () => {
    const criteria = scored({ tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 15, ty_le_van_ban_dien_tu: 0.95 }, 'en');
    const byCode = new Map(criteria.map((c) => [c.code, c]));
    expect(byCode.get('1.1')).toMatchObject({ engine: 4.5 });
    expect(byCode.get('2.3')).toMatchObject({ engine: 6 });
    expect(criteria.some((c) => c.voided)).toBe(false);
  });

  it('says why in the text report, in English too', () => {
    fs.writeFileSync(file('in.json'), JSON.stringify({ set: 'phutho-2018-xa', inputs: { tong_so_cbccvc: 20, so_cbccvc_co_may_tinh: 25 } }));
    cli('fill', 'phutho-2018-xa', '--inputs', file('in.json'), '-o', file('g.xlsx'));
    expect(cli('score', file('g.xlsx'), '--lang', 'en').out).toContain('1.1: 0 points — invalid data: “Số cán bộ, công chức được trang bị máy tính” (25) is greater than');
  });
});
