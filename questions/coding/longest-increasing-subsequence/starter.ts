/** Length of the longest strictly increasing subsequence. */
export function longestIncreasing(scores: number[]): number {
  return 0;
}
