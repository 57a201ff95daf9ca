// Keeps end times in a FIFO queue (start order) instead of a min-heap, so it checks the earliest-started room, not the first to free up.
export function minRooms(meetings: number[][]): number {
  const sorted = meetings.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ends: number[] = [];
  let head = 0;
  for (const [start, end] of sorted) {
    if (head < ends.length && ends[head] <= start) head++;
    ends.push(end);
  }
  return ends.length - head;
}
