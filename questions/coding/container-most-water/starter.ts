/** Largest (j - i) * min(heights[i], heights[j]) over i < j; 0 for fewer than two walls. */
export function maxWater(heights: number[]): number {
  return 0;
}
