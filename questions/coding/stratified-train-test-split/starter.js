/**
 * @param {string[]} labels
 * @param {number} testPercent  whole percent, 0..100
 * @param {number} seed         initial LCG state, 0 <= seed < 2^32
 * @returns {{train: number[], test: number[]}} sorted example indices
 */
function stratifiedSplit(labels, testPercent, seed) {
  return { train: [], test: [] };
}
