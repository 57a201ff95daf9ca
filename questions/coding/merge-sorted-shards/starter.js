/**
 * @param {number[][]} shards each sorted in non-decreasing order
 * @returns {number[]} every value, merged in non-decreasing order
 */
function mergeShards(shards) {
  return [];
}
