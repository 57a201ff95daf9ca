// Searches for the first tail > x (bisect_right), so equal scores extend a subsequence: longest non-decreasing.
export function longestIncreasing(scores: number[]): number {
  const tails: number[] = [];
  for (const x of scores) {
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
