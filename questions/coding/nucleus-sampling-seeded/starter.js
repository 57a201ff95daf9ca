/**
 * @param {number[]} logits
 * @param {number} temperature  0 = greedy
 * @param {number} topP         in (0, 1]
 * @param {number} seed         initial LCG state, 0 <= seed < 2^32
 * @param {number} n            number of draws
 * @returns {number[]} n sampled token indices
 */
function sampleTopP(logits, temperature, topP, seed, n) {
  return [];
}
