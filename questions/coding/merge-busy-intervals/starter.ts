/** Merge overlapping or touching [start, end] intervals; return them sorted by start. */
export function mergeIntervals(intervals: number[][]): number[][] {
  return [];
}
