/**
 * @param {number[]} query
 * @param {number[][]} docs
 * @param {number} k
 * @returns {number[]} indices of the k documents most similar to query, best first
 */
function topKCosine(query, docs, k) {
  return [];
}
