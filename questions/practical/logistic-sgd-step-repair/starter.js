/**
 * @param {number[]} w weights
 * @param {number} b bias
 * @param {number[][]} X mini-batch, one row per example
 * @param {number[]} y labels, 0 or 1
 * @param {number} lr learning rate
 * @param {number} l2 L2 strength (weights only)
 * @returns {number[]} new weights followed by the new bias
 */
function sgdStep(w, b, X, y, lr, l2) {
  return [...w, b];
}
