// Connects diagonal neighbours too (8-connectivity), merging regions that only touch at a corner.
export function countRegions(grid: string[]): number {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = new Uint8Array(rows * cols);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen[r * cols + c]) continue;
      count++;
      seen[r * cols + c] = 1;
      const stack: [number, number][] = [[r, c]];
      while (stack.length > 0) {
        const [y, x] = stack.pop()!;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const ny = y + dy, nx = x + dx;
            if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === "1" && !seen[ny * cols + nx]) {
              seen[ny * cols + nx] = 1;
              stack.push([ny, nx]);
            }
          }
        }
      }
    }
  }
  return count;
}
