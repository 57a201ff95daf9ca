/** Index of target in the rotated sorted list nums, or -1. O(log n). */
export function searchRotated(nums: number[], target: number): number {
  return -1;
}
