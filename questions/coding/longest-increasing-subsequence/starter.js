/**
 * @param {number[]} scores
 * @returns {number} length of the longest strictly increasing subsequence
 */
function longestIncreasing(scores) {
  return 0;
}
