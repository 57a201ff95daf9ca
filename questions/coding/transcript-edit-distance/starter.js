/**
 * @param {string} a
 * @param {string} b
 * @returns {number} minimum insertions, deletions and substitutions turning a into b
 */
function editDistance(a, b) {
  return 0;
}
