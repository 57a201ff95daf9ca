/** Number of 4-connected regions of '1' cells. */
export function countRegions(grid: string[]): number {
  return 0;
}
