/**
 * @param {string[]} train
 * @param {string[]} test
 * @returns {{train: number[], test: number[]}} kept row indices, increasing
 */
function dedupAndDecontaminate(train, test) {
  return { train: [], test: [] };
}
