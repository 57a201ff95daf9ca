// Moves the pointer at the taller wall, discarding the wall that could still form a better container.
function maxWater(heights) {
  let i = 0, j = heights.length - 1, best = 0;
  while (i < j) {
    best = Math.max(best, (j - i) * Math.min(heights[i], heights[j]));
    if (heights[i] > heights[j]) i++;
    else j--;
  }
  return best;
}
