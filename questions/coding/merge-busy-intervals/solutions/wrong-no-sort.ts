// Sweeps the intervals in input order without sorting, so it cannot join blocks that arrive out of order.
export function mergeIntervals(intervals: number[][]): number[][] {
  const out: number[][] = [];
  for (const [start, end] of intervals) {
    const last = out[out.length - 1];
    if (last && start <= last[1] && end >= last[0]) out[out.length - 1] = [Math.min(last[0], start), Math.max(last[1], end)];
    else out.push([start, end]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
