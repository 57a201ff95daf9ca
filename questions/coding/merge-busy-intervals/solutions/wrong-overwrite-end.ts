// Sets the block's end to the new interval's end instead of the max, so a contained interval shrinks the block.
export function mergeIntervals(intervals: number[][]): number[][] {
  const sorted = intervals.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}
