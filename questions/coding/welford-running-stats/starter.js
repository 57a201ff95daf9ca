/**
 * @param {Array<Array<string | number>>} ops  ["add", x], ["mean"] or ["var"]
 * @returns {Array<number | null>} outputs of the "mean" and "var" operations, in order
 */
function runningStats(ops) {
  return [];
}
