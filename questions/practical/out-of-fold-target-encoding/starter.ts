/** Encode each row with smoothed category means computed only from rows in other folds. */
export function targetEncodeOof(categories: string[], labels: number[], folds: number[], smoothing: number): number[] {
  return [];
}
