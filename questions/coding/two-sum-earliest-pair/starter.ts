/** [i, j] (i < j) of the first pair completed from left to right, or []. */
export function twoSum(nums: number[], target: number): number[] {
  return [];
}
