/** Length of the shortest contiguous run with sum >= target, or 0 if none. */
export function shortestRun(nums: number[], target: number): number {
  return 0;
}
