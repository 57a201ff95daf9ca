/**
 * @param {number[]} values the stream, in arrival order
 * @returns {number[]} element i is the median of values[0..i]
 */
function runningMedian(values) {
  return [];
}
