export function twoSum(nums: number[], target: number): number[] {
  const first = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    const need = target - nums[j];
    const i = first.get(need);
    if (i !== undefined) return [i, j];
    if (!first.has(nums[j])) first.set(nums[j], j);
  }
  return [];
}
