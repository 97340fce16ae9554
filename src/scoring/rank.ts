// Competition ranking, as Excel's RANK.EQ(x, range, 0): highest first, ties share a rank
// and the ranks after a tie are skipped (1, 2, 2, 4).

/** The rank of each value among all of them, in the input order. */
export function competitionRanks(values: number[]): number[] {
  const rankOf = new Map<number, number>();
  values
    .slice()
    .sort((a, b) => b - a)
    .forEach((v, i) => {
      if (!rankOf.has(v)) rankOf.set(v, i + 1);
    });
  return values.map((v) => rankOf.get(v) ?? values.length);
}
