// Counts the cells on the path (starting at 1) instead of the moves between them.
function shortestPath(grid) {
  const rows = grid.length, cols = grid[0].length;
  if (grid[0][0] === "#" || grid[rows - 1][cols - 1] === "#") return -1;
  const dist = new Map([[0, 1]]);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head];
    const r = Math.floor(cell / cols), c = cell % cols;
    if (r === rows - 1 && c === cols - 1) return dist.get(cell);
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== ".") continue;
      const next = nr * cols + nc;
      if (dist.has(next)) continue;
      dist.set(next, dist.get(cell) + 1);
      queue.push(next);
    }
  }
  return -1;
}
