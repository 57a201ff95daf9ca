/** wait[i] = days until a strictly higher score after day i, or 0. */
export function daysUntilHigher(scores: number[]): number[] {
  return [];
}
