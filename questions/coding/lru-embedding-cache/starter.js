/**
 * @param {number} capacity
 * @param {Array<Array<any>>} ops  ["put", text, vector] or ["get", text]
 * @returns {Array<number[] | null>} results of the get operations, in order
 */
function lruCache(capacity, ops) {
  return [];
}
