/**
 * @param {number[]} scores
 * @param {number[]} labels  1 = positive, 0 = negative
 * @returns {number | null} ROC-AUC with ties counting one half, or null if a class is missing
 */
function rocAuc(scores, labels) {
  return null;
}
