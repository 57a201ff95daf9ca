/** Number of distinct value triplets (from three different positions) summing to target. */
export function countTriplets(nums: number[], target: number): number {
  return 0;
}
