/**
 * @param {number[]} heights
 * @returns {number} the most water two walls can hold
 */
function maxWater(heights) {
  return 0;
}
