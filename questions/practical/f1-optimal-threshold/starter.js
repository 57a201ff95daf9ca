/**
 * @param {number[]} probs predicted probabilities
 * @param {number[]} labels 0 or 1
 * @returns {number[]} [threshold, f1]; predict positive when prob >= threshold
 */
function bestF1Threshold(probs, labels) {
  return [0, 0];
}
