type Op = ["put", string, number[]] | ["get", string];

/** Results of the get operations, in order. */
export function lruCache(capacity: number, ops: Op[]): (number[] | null)[] {
  return [];
}
