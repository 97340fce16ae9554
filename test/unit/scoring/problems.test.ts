import type { Inputs } from '../../../src/criteria/model';
import { checkInputs as problemsOf } from '../../../src/scoring/problems';
import type { CriteriaSet } from '../../../src/criteria/model';
import type { ScoreOptions } from '../../../src/scoring/types';
import { render } from '../../../src/messages/texts';

/** The problems as a user reads them: each message in Vietnamese and in English. */
const checkInputs = (s: CriteriaSet, inputs: Inputs, opts?: ScoreOptions) =>
  problemsOf(s, inputs, opts).map(({ message, ...rest }) => ({ ...rest, message: render('vi', message), messageEn: render('en', message) }));
import { criteriaSet, criterion, field, section } from './fixtures';

const staff = field('tong_cbccvc', 'integer', { label: 'Tổng số CBCCVC', required: true });
const withComputer = field('so_may_tinh', 'integer', { label: 'Số CBCCVC có máy tính', required: true });
const share = field('ty_le_ho_so', 'percent', { label: 'Tỷ lệ hồ sơ trực tuyến' });
const bandwidth = field('bang_thong', 'decimal', { label: 'Băng thông', min: 0, max: 1000 });
const portal = field('co_cong_ttdt', 'yesno', { label: 'Có cổng thông tin điện tử' });
const role = field('vai_tro', 'choice', { label: 'Người chủ trì', choices: [{ label: 'Chủ tịch' }, { label: 'Phó Chủ tịch' }] });
const note = field('ghi_chu', 'text', { label: 'Ghi chú', required: true });

const set = criteriaSet(
  [
    section('I', 30, [
      criterion('1.1', 10, { kind: 'ratio', num: { field: 'so_may_tinh' }, den: { field: 'tong_cbccvc' } }, [staff, withComputer]),
      criterion('1.2', 5, { kind: 'steps', of: { field: 'ty_le_ho_so' }, steps: [{ atLeast: 0.5, points: 5 }] }, [share, bandwidth], {
        evidenceRequired: true,
      }),
      criterion('1.3', 5, { kind: 'yesno', field: 'co_cong_ttdt', points: 5 }, [portal], { evidenceRequired: true }),
      criterion(
        '1.4',
        4,
        { kind: 'choice', field: 'vai_tro', points: [{ label: 'Chủ tịch', points: 4 }, { label: 'Phó Chủ tịch', points: 2 }] },
        [role],
      ),
    ]),
  ],
  {
    generalFields: [field('ten_don_vi', 'text', { label: 'Tên đơn vị', required: true }), note],
    checks: [{ left: 'bang_thong', op: '<=', right: 'tong_cbccvc', message: 'Băng thông không được lớn hơn số CBCCVC.' }],
  },
);

const valid: Inputs = {
  ten_don_vi: 'UBND xã Thanh Ba',
  ghi_chu: 'x',
  tong_cbccvc: 20,
  so_may_tinh: 18,
  ty_le_ho_so: 0.85,
  bang_thong: 10,
  co_cong_ttdt: 'có',
  vai_tro: 'phó chủ tịch',
};
const evidence = { '1.2': 'Báo cáo số 12/BC-UBND', '1.3': 'https://thanhba.phutho.gov.vn' };
const kinds = (inputs: Inputs, ev: Record<string, string> = evidence) =>
  checkInputs(set, inputs, { evidence: ev }).map((p) => [p.kind, p.fieldId ?? p.criterionCode]);

describe('checkInputs', () => {
  it('finds nothing wrong in valid inputs (labels in any case)', () => {
    expect(checkInputs(set, valid, { evidence })).toEqual([]);
  });

  it('reports required blanks, with the place and the label', () => {
    const problems = checkInputs(set, { ...valid, tong_cbccvc: null, ten_don_vi: '  ' }, { evidence });
    expect(problems.map((p) => p.kind)).toEqual(['missing', 'missing']);
    expect(problems[0]).toMatchObject({ fieldId: 'ten_don_vi', message: 'Thông tin chung: chưa nhập “Tên đơn vị”.' });
    expect(problems[1]).toMatchObject({
      fieldId: 'tong_cbccvc',
      criterionCode: '1.1',
      message: 'Tiêu chí 1.1: chưa nhập “Tổng số CBCCVC”.',
      messageEn: 'Criterion 1.1: “Tổng số CBCCVC” is required.',
    });
  });

  it('reports text or a boolean in a number cell, and fractions in whole-number cells', () => {
    expect(kinds({ ...valid, tong_cbccvc: '20' })).toEqual([['notANumber', 'tong_cbccvc']]);
    expect(kinds({ ...valid, bang_thong: true })).toEqual([['notANumber', 'bang_thong']]);
    const [whole] = checkInputs(set, { ...valid, tong_cbccvc: 20.5 }, { evidence });
    expect(whole).toMatchObject({ kind: 'notWhole', message: 'Tiêu chí 1.1: “Tổng số CBCCVC” phải là số nguyên (đang nhập 20,5).' });
  });

  it('reports values out of bounds: percent above 100%, negative counts, explicit limits', () => {
    const [percent] = checkInputs(set, { ...valid, ty_le_ho_so: 1.2 }, { evidence });
    expect(percent).toMatchObject({
      kind: 'outOfBounds',
      fieldId: 'ty_le_ho_so',
      message: 'Tiêu chí 1.2: “Tỷ lệ hồ sơ trực tuyến” (120%) phải từ 0% đến 100%.',
      messageEn: 'Criterion 1.2: “Tỷ lệ hồ sơ trực tuyến” (120%) must be between 0% and 100%.',
    });
    expect(kinds({ ...valid, so_may_tinh: -1 })).toEqual([['outOfBounds', 'so_may_tinh']]);
    expect(kinds({ ...valid, bang_thong: 1000.5, tong_cbccvc: 2000 })).toEqual([['outOfBounds', 'bang_thong']]);
  });

  it('reports yes/no and choice values that are not offered', () => {
    const [yes] = checkInputs(set, { ...valid, co_cong_ttdt: 'Co' }, { evidence: { '1.2': 'x' } });
    expect(yes).toMatchObject({
      kind: 'invalidChoice',
      message: 'Tiêu chí 1.3: “Có cổng thông tin điện tử” phải là một trong: “Có”, “Không” (đang nhập “Co”).',
    });
    expect(kinds({ ...valid, co_cong_ttdt: 1 })).toEqual([['invalidChoice', 'co_cong_ttdt']]);
    expect(kinds({ ...valid, vai_tro: 'Ủy viên' })).toEqual([['invalidChoice', 'vai_tro']]);
  });

  it('reports a ratio whose part exceeds its whole', () => {
    const problems = checkInputs(set, { ...valid, so_may_tinh: 25 }, { evidence });
    expect(problems).toEqual([
      {
        kind: 'inconsistent',
        fieldId: 'so_may_tinh',
        criterionCode: '1.1',
        message: 'Tiêu chí 1.1: “Số CBCCVC có máy tính” (25) lớn hơn “Tổng số CBCCVC” (20).',
        messageEn: 'Criterion 1.1: “Số CBCCVC có máy tính” (25) is greater than “Tổng số CBCCVC” (20).',
      },
    ]);
  });

  it('reports a failed check of the set only when both values are numbers', () => {
    const [failed] = checkInputs(set, { ...valid, bang_thong: 30 }, { evidence });
    expect(failed).toMatchObject({
      kind: 'inconsistent',
      fieldId: 'bang_thong',
      criterionCode: '1.2',
      message: 'Tiêu chí 1.2: Băng thông không được lớn hơn số CBCCVC. (“Băng thông” là 30, không được lớn hơn “Tổng số CBCCVC” là 20).',
      messageEn: 'Criterion 1.2: “Băng thông” (30) must be at most “Tổng số CBCCVC” (20); the set says: Băng thông không được lớn hơn số CBCCVC.',
    });
    expect(kinds({ ...valid, bang_thong: 30, tong_cbccvc: null }).map(([k]) => k)).toEqual(['missing']);
  });

  it('asks for evidence only where it is required and the criterion scores', () => {
    expect(kinds(valid, { '1.2': ' ' })).toEqual([
      ['evidenceMissing', '1.2'],
      ['evidenceMissing', '1.3'],
    ]);
    expect(kinds({ ...valid, ty_le_ho_so: 0.2, co_cong_ttdt: 'Không' }, {})).toEqual([]);
    const [problem] = checkInputs(set, valid, { evidence: { '1.3': 'x' } });
    expect(problem).toEqual({
      kind: 'evidenceMissing',
      criterionCode: '1.2',
      message: 'Tiêu chí 1.2: cần ghi tài liệu kiểm chứng.',
      messageEn: 'Criterion 1.2: evidence (Tài liệu kiểm chứng) must be cited.',
    });
  });
});
