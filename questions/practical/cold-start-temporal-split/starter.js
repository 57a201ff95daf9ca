/**
 * @param {string[]} userIds
 * @param {number[]} timestamps
 * @param {number} cutoff
 * @param {number} gap
 * @returns {{train: number[], test: number[], dropped: number[]}} row indices, increasing
 */
function coldStartSplit(userIds, timestamps, cutoff, gap) {
  return { train: [], test: [], dropped: [] };
}
