// Measures the longest run of consecutive increases (a substring), not a subsequence.
export function longestIncreasing(scores: number[]): number {
  let best = 0, run = 0;
  scores.forEach((x, i) => {
    run = i > 0 && x > scores[i - 1] ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}
