/**
 * @param {number[]} scores one score per day
 * @returns {number[]} days to wait for a strictly higher score (0 if never)
 */
function daysUntilHigher(scores) {
  return [];
}
