// Records the current value before looking up its partner, so an element can pair with itself.
export function twoSum(nums: number[], target: number): number[] {
  const first = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    if (!first.has(nums[j])) first.set(nums[j], j);
    const i = first.get(target - nums[j]);
    if (i !== undefined) return [i, j];
  }
  return [];
}
