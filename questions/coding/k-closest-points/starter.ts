/** The k points closest to (0, 0), closest first; ties by smaller index. */
export function kClosest(points: number[][], k: number): number[][] {
  return [];
}
