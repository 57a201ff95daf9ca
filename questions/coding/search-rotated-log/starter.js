/**
 * @param {number[]} nums a sorted list of distinct values, rotated at an unknown point
 * @param {number} target
 * @returns {number} index of target, or -1 — in O(log n)
 */
function searchRotated(nums, target) {
  return -1;
}
