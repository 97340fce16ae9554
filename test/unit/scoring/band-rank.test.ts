import { bandFor } from '../../../src/scoring/band';
import { competitionRanks } from '../../../src/scoring/rank';

describe('bandFor', () => {
  const bands = [
    { label: 'Trung bình', min: 0 },
    { label: 'Tốt', min: 80 },
    { label: 'Khá', min: 50 },
  ];
  it('gives the highest band whose minimum the total reaches, in any order', () => {
    expect(bandFor(80, bands)).toBe('Tốt');
    expect(bandFor(79.99, bands)).toBe('Khá');
    expect(bandFor(0, bands)).toBe('Trung bình');
  });
  it('gives no band below every minimum, or when the set has none', () => {
    expect(bandFor(10, [{ label: 'Tốt', min: 80 }])).toBeUndefined();
    expect(bandFor(10, [])).toBeUndefined();
  });
});

describe('competitionRanks (RANK.EQ, descending)', () => {
  it('shares a rank between ties and skips the next', () => {
    expect(competitionRanks([90, 75, 75, 60])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([60, 75, 90, 75])).toEqual([4, 2, 1, 2]);
  });
  it('ranks all-equal values first', () => {
    expect(competitionRanks([5, 5, 5])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });
});
