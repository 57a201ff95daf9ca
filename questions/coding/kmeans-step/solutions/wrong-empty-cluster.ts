// Empty clusters are not special-cased: dividing by a count of 0 turns the centroid into NaN.
export function kmeansStep(points: number[][], centroids: number[][]): { assignments: number[]; centroids: number[][] } {
  const k = centroids.length;
  const dim = centroids[0].length;
  const assignments = points.map((p) => {
    const d = centroids.map((c) => c.reduce((s, x, t) => s + (p[t] - x) ** 2, 0));
    return d.indexOf(Math.min(...d));
  });
  const next: number[][] = [];
  for (let j = 0; j < k; j++) {
    const members = points.filter((_, i) => assignments[i] === j);
    next.push(Array.from({ length: dim }, (_, t) => members.reduce((s, p) => s + p[t], 0) / members.length));
  }
  return { assignments, centroids: next };
}
