/** One k-means iteration: nearest-centroid assignment, then the update step. */
export function kmeansStep(
  points: number[][],
  centroids: number[][],
): { assignments: number[]; centroids: number[][] } {
  return { assignments: [], centroids };
}
