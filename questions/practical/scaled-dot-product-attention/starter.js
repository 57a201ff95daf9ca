/**
 * @param {number[][]} Q n x d queries
 * @param {number[][]} K m x d keys
 * @param {number[][]} V m x dv values
 * @param {boolean} causal queries are the last n of m positions
 * @param {boolean[]} keyValid false marks a padding key
 * @returns {number[][]} n x dv attention output
 */
function attention(Q, K, V, causal, keyValid) {
  return [];
}
