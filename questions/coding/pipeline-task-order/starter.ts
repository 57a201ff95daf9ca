/** [a, b] means a depends on b. Run order with the smallest ready task first; [] on a cycle. */
export function taskOrder(n: number, deps: number[][]): number[] {
  return [];
}
