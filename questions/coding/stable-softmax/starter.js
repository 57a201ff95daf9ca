/**
 * @param {number[]} logits
 * @returns {number[]} softmax probabilities, in the same order
 */
function softmax(logits) {
  return [];
}
