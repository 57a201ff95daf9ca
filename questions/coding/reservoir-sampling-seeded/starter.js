/**
 * @param {string[]} stream
 * @param {number} k
 * @param {number} seed  initial LCG state, 0 <= seed < 2^32
 * @returns {string[]} the reservoir in slot order
 */
function reservoirSample(stream, k, seed) {
  return [];
}
