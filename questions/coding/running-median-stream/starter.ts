/** Element i: the median of values[0..i]. */
export function runningMedian(values: number[]): number[] {
  return [];
}
