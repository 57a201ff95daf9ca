/**
 * @param {(number|null)[][]} train rows used to fit the statistics
 * @param {(number|null)[][]} test rows to transform
 * @returns {number[][]} standardized test rows; missing values become 0
 */
function standardizeTest(train, test) {
  return [];
}
