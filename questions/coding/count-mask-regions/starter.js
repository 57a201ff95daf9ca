/**
 * @param {string[]} grid rows of '0' and '1'
 * @returns {number} number of 4-connected regions of '1' cells
 */
function countRegions(grid) {
  return 0;
}
