export function maxWater(heights: number[]): number {
  let i = 0, j = heights.length - 1, best = 0;
  while (i < j) {
    best = Math.max(best, (j - i) * Math.min(heights[i], heights[j]));
    if (heights[i] < heights[j]) i++;
    else j--;
  }
  return best;
}
