import type { CriteriaSet } from '../../../src/criteria/model';
import { copyOf, locate, validatedWithTexts } from './helpers';

function issuesOf(mutate: (set: CriteriaSet) => void, id = 'phutho-2018-huyen') {
  const set = copyOf(id);
  mutate(set);
  return validatedWithTexts(set);
}

describe('maxima and the set precision', () => {
  it('rejects a criterion max with more decimals than the precision', () => {
    const { set, issues } = issuesOf((s) => {
      locate(s, '1.1').criterion.max = 4.25;
      locate(s, '1.2').criterion.max = 4.75;
    });
    expect(set).toBeUndefined();
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: `${locate(copyOf('phutho-2018-huyen'), '1.1').path}.max`,
        code: 'maxPrecision',
        messageEn: "the maximum 4.25 of criterion “1.1” has more decimals than the set’s precision (1): rounded points can exceed it",
      }),
    );
  });

  it('accepts maxima with as many decimals as the precision', () => {
    const { issues } = issuesOf((s) => {
      locate(s, '1.1').criterion.max = 4.5;
      locate(s, '1.2').criterion.max = 4.5;
    });
    expect(issues.filter((i) => i.code === 'maxPrecision')).toEqual([]);
  });

  it('rejects a section max with more decimals than the precision', () => {
    const { issues } = issuesOf((s) => {
      s.sections[0].max = 20.05;
      s.maxTotal = 150.05;
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'sections[0].max', code: 'maxPrecision' }));
  });
});

describe('cohort references', () => {
  it('requires the same reference for cohort rules on one field', () => {
    const { issues } = issuesOf((s) => {
      const c = locate(s, '1.3').criterion;
      c.rule = { kind: 'max', of: [c.rule, { kind: 'cohort', field: 'bang_thong_binh_quan', points: 4, reference: 2 }] };
    });
    const at = locate(copyOf('phutho-2018-huyen'), '1.3').path;
    expect(issues).toContainEqual(expect.objectContaining({ path: `${at}.rule.of[1].reference`, code: 'cohortReferenceMismatch' }));
  });
});

describe('aggregates', () => {
  it('accepts a count and a countYes of the communes', () => {
    const { set, issues } = issuesOf((s) => {
      locate(s, '8.1').criterion.fields[0].aggregate = { fromGroup: 'xa', op: 'count' };
      locate(s, '8.3').criterion.fields[0].aggregate = { fromGroup: 'xa', op: 'countYes', field: 'co_trang_ttdt' };
    });
    expect(issues.filter((i) => i.code.startsWith('aggregate'))).toEqual([]);
    expect(set).toBeDefined();
  });

  it.each([
    [{ fromGroup: 'xa', op: 'sum' }, 'aggregateFieldMissing'],
    [{ fromGroup: 'huyen', op: 'count' }, 'aggregateOwnGroup'],
    [{ fromGroup: 'Xã', op: 'count' }, 'badId'],
    [{ fromGroup: 'xa', op: 'countYess', field: 'x' }, 'unknownAggregateOp'],
    [{ fromGroup: 'xa', op: 'sum', field: 'Bad-Id' }, 'badId'],
  ])('rejects %j with %s', (aggregate, code) => {
    const { set, issues } = issuesOf((s) => {
      (locate(s, '8.3').criterion.fields[0] as { aggregate?: unknown }).aggregate = aggregate;
    });
    expect(set).toBeUndefined();
    expect(issues.map((i) => i.code)).toContain(code);
  });

  it('rejects an aggregate on a yes/no field', () => {
    const { issues } = issuesOf((s) => {
      locate(s, '3.1').criterion.fields[0].aggregate = { fromGroup: 'xa', op: 'countYes', field: 'co_trang_ttdt' };
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'aggregateFieldType' }));
  });
});
