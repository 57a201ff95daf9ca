/**
 * @param {number[][]} embeddings
 * @param {number} threshold  cosine similarity at or above which a vector is a duplicate
 * @returns {number[]} indices of the kept vectors, in increasing order
 */
function dedup(embeddings, threshold) {
  return [];
}
