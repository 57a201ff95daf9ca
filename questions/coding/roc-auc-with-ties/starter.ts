/** ROC-AUC with ties counting one half, or null if a class is missing. */
export function rocAuc(scores: number[], labels: number[]): number | null {
  return null;
}
