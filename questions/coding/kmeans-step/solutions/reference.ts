export function kmeansStep(
  points: number[][],
  centroids: number[][],
): { assignments: number[]; centroids: number[][] } {
  const k = centroids.length;
  const dim = centroids[0].length;
  const dist2 = (p: number[], c: number[]) => {
    let s = 0;
    for (let t = 0; t < dim; t++) s += (p[t] - c[t]) ** 2;
    return s;
  };
  const sums = Array.from({ length: k }, () => new Array<number>(dim).fill(0));
  const counts = new Array<number>(k).fill(0);
  const assignments = points.map((p) => {
    let best = 0;
    let bestD = dist2(p, centroids[0]);
    for (let j = 1; j < k; j++) {
      const d = dist2(p, centroids[j]);
      if (d < bestD) {
        best = j;
        bestD = d;
      }
    }
    counts[best]++;
    for (let t = 0; t < dim; t++) sums[best][t] += p[t];
    return best;
  });
  const next = sums.map((s, j) => (counts[j] ? s.map((x) => x / counts[j]) : centroids[j].slice()));
  return { assignments, centroids: next };
}
