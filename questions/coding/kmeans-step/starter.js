/**
 * @param {number[][]} points
 * @param {number[][]} centroids
 * @returns {{assignments: number[], centroids: number[][]}} after one assign + update step
 */
function kmeansStep(points, centroids) {
  return { assignments: [], centroids };
}
