/**
 * @param {number[][]} intervals closed [start, end] intervals, any order
 * @returns {number[][]} merged intervals sorted by start
 */
function mergeIntervals(intervals) {
  return [];
}
