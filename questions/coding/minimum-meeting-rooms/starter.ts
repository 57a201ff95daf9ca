/** Minimum number of rooms for half-open [start, end) meetings. */
export function minRooms(meetings: number[][]): number {
  return 0;
}
