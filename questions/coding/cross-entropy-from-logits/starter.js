/**
 * @param {number[][]} logits  one row of vocabulary scores per position
 * @param {number[]} targets   correct token index per position, -100 = ignore
 * @returns {number} mean cross-entropy over the non-ignored positions (0 if none)
 */
function crossEntropy(logits, targets) {
  return 0;
}
