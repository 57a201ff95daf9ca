/**
 * @param {number[]} nums
 * @param {number} target
 * @returns {number[]} [i, j] of the first pair completed from left to right, or []
 */
function twoSum(nums, target) {
  return [];
}
