/**
 * @param {number[]} nums positive integers
 * @param {number} target
 * @returns {number} length of the shortest contiguous run with sum >= target, or 0
 */
function shortestRun(nums, target) {
  return 0;
}
