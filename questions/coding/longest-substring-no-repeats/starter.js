/**
 * @param {string} s
 * @returns {number} length of the longest substring without a repeated character
 */
function longestUniqueSubstring(s) {
  return 0;
}
