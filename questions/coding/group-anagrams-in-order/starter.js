/**
 * @param {string[]} words
 * @returns {string[][]} groups in order of first appearance, words in input order
 */
function groupAnagrams(words) {
  return [];
}
