// Searches depth-first with a stack and returns the first path found, which need not be the shortest.
function shortestPath(grid) {
  const rows = grid.length, cols = grid[0].length;
  if (grid[0][0] === "#" || grid[rows - 1][cols - 1] === "#") return -1;
  const seen = new Set([0]);
  const stack = [[0, 0, 0]];
  while (stack.length > 0) {
    const [r, c, d] = stack.pop();
    if (r === rows - 1 && c === cols - 1) return d;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== "." || seen.has(nr * cols + nc)) continue;
      seen.add(nr * cols + nc);
      stack.push([nr, nc, d + 1]);
    }
  }
  return -1;
}
