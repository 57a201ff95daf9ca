/**
 * @param {number[]} nums
 * @param {number} target
 * @returns {number} number of distinct value triplets summing to target
 */
function countTriplets(nums, target) {
  return 0;
}
