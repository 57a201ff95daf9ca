/**
 * @param {string[]} words logged queries (repeats count)
 * @param {string[]} prefixes typed prefixes
 * @returns {number[]} for each prefix, the number of words starting with it
 */
function countPrefixes(words, prefixes) {
  return [];
}
