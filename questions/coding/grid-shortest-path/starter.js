/**
 * @param {string[]} grid rows of '.' (free) and '#' (blocked)
 * @returns {number} minimum number of moves from top-left to bottom-right, or -1
 */
function shortestPath(grid) {
  return -1;
}
