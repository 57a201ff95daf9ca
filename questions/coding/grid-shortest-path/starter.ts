/** Minimum number of moves from top-left to bottom-right, or -1. */
export function shortestPath(grid: string[]): number {
  return -1;
}
