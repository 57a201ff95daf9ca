/** [threshold, f1] for the F1-maximising threshold among the distinct probs (ties: lowest). */
export function bestF1Threshold(probs: number[], labels: number[]): number[] {
  return [0, 0];
}
