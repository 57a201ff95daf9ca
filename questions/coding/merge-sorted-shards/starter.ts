/** All values from the sorted shards, in non-decreasing order. */
export function mergeShards(shards: number[][]): number[] {
  return [];
}
