// Counts the width as j - i + 1 (walls treated as cells), overstating every container.
function maxWater(heights) {
  let i = 0, j = heights.length - 1, best = 0;
  while (i < j) {
    best = Math.max(best, (j - i + 1) * Math.min(heights[i], heights[j]));
    if (heights[i] < heights[j]) i++;
    else j--;
  }
  return best;
}
