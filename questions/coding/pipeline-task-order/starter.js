/**
 * @param {number} n number of tasks, numbered 0..n-1
 * @param {number[][]} deps [a, b]: task a depends on task b
 * @returns {number[]} run order (smallest ready task first), or [] on a cycle
 */
function taskOrder(n, deps) {
  return [];
}
