// Scans with <= so an equally close centroid with a higher index wins the tie.
export function kmeansStep(points: number[][], centroids: number[][]): { assignments: number[]; centroids: number[][] } {
  const k = centroids.length;
  const dim = centroids[0].length;
  const sums = Array.from({ length: k }, () => new Array<number>(dim).fill(0));
  const counts = new Array<number>(k).fill(0);
  const assignments = points.map((p) => {
    let best = -1;
    let bestD = Infinity;
    centroids.forEach((c, j) => {
      const d = c.reduce((s, x, t) => s + (p[t] - x) ** 2, 0);
      if (d <= bestD) {
        best = j;
        bestD = d;
      }
    });
    counts[best]++;
    for (let t = 0; t < dim; t++) sums[best][t] += p[t];
    return best;
  });
  const next = sums.map((s, j) => (counts[j] ? s.map((x) => x / counts[j]) : centroids[j].slice()));
  return { assignments, centroids: next };
}
