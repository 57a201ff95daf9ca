/**
 * @param {string[]} categories
 * @param {number[]} labels
 * @param {number[]} folds fold id of each row
 * @param {number} smoothing m >= 0
 * @returns {number[]} out-of-fold encoding of each row
 */
function targetEncodeOof(categories, labels, folds, smoothing) {
  return [];
}
