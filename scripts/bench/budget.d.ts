export interface Budget {
  pass: boolean;
  target: string;
}
export type BenchRow = [label: string, figure: string, note?: string, budget?: Budget];
export function within(pass: unknown, target: string): Budget;
export function missed(sections: { title: string; rows: BenchRow[] }[]): { budgets: number; missed: string[] };
