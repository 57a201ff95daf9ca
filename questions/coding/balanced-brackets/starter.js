/**
 * @param {string} code
 * @returns {boolean} true if (), [] and {} are properly matched and nested
 */
function isBalanced(code) {
  return false;
}
