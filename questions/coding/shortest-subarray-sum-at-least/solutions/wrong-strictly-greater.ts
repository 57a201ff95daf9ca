// Requires the sum to exceed the target (> instead of >=), missing runs that hit it exactly.
export function shortestRun(nums: number[], target: number): number {
  let left = 0, total = 0, best = Infinity;
  for (let right = 0; right < nums.length; right++) {
    total += nums[right];
    while (total > target) {
      best = Math.min(best, right - left + 1);
      total -= nums[left++];
    }
  }
  return best === Infinity ? 0 : best;
}
