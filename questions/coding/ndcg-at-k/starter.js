/**
 * @param {number[]} scores     model score per document
 * @param {number[]} relevance  graded label per document (integers >= 0)
 * @param {number} k
 * @returns {number} NDCG@k with gain 2^rel - 1 and discount 1 / log2(position + 1)
 */
function ndcgAtK(scores, relevance, k) {
  return 0;
}
