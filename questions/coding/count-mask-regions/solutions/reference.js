function countRegions(grid) {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = new Uint8Array(rows * cols);
  const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen[r * cols + c]) continue;
      count++;
      seen[r * cols + c] = 1;
      const stack = [[r, c]];
      while (stack.length > 0) {
        const [y, x] = stack.pop();
        for (const [dy, dx] of steps) {
          const ny = y + dy, nx = x + dx;
          if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === "1" && !seen[ny * cols + nx]) {
            seen[ny * cols + nx] = 1;
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return count;
}
