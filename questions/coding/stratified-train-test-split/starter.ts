/** Stratified train/test split; both lists hold example indices in increasing order. */
export function stratifiedSplit(labels: string[], testPercent: number, seed: number): { train: number[]; test: number[] } {
  return { train: [], test: [] };
}
