/**
 * @param {number[][]} points [x, y] pairs
 * @param {number} k
 * @returns {number[][]} the k points closest to the origin, closest first (ties: smaller index)
 */
function kClosest(points, k) {
  return [];
}
