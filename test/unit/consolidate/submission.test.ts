import { findBuiltinSet } from '../../../src/sets';
import { readSubmission } from '../../../src/consolidate/intake';
import { scoreSet } from '../../../src/scoring';
import { inBoth } from '../../support/telling';
import { filledFormBytes, fullEvidence, inputsForTotal, randomInputs, rng } from '../../support/submissions';

const so = findBuiltinSet('phutho-2018-so')!;
const xa = findBuiltinSet('phutho-2018-xa')!;

describe('readSubmission', () => {
  it('identifies, reads and recomputes a filled form without flags when it is clean', () => {
    const inputs = inputsForTotal(so, 'Sở Y tế', 136);
    const bytes = filledFormBytes(so, inputs, { evidence: fullEvidence(so) });
    const r = readSubmission({ name: 'so-y-te.xlsx', bytes }, [so, xa]);
    if (!r.ok) throw new Error(inBoth(r.rejection.message).en);
    expect(r.submission.setId).toBe(so.id);
    expect(r.submission.unitName).toBe('Sở Y tế');
    expect(scoreSet(so, r.submission.inputs).total).toBe(136);
    expect(r.submission.selfTotal).toBe(136);
    expect(r.submission.flags).toEqual([]);
    expect(r.submission.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('flags missing evidence and input problems of a random fill', () => {
    const inputs = randomInputs(xa, 'Phường Gia Cẩm', rng(3));
    const r = readSubmission({ name: 'gc.xlsx', bytes: filledFormBytes(xa, inputs) }, [xa]);
    if (!r.ok) throw new Error(inBoth(r.rejection.message).en);
    expect(scoreSet(xa, r.submission.inputs).total).toBe(scoreSet(xa, inputs).total);
    expect(r.submission.flags.some((f) => f.kind === 'evidenceMissing')).toBe(true);
  });
});
