// Builds the expected matrix as h_a[i] * h_b[j] without dividing by n, so E sums to n^2 instead of n.
export function quadraticWeightedKappa(a: number[], b: number[], minRating: number, maxRating: number): number {
  const K = maxRating - minRating + 1;
  const n = a.length;
  const O: number[][] = Array.from({ length: K }, () => new Array(K).fill(0));
  const ha: number[] = new Array(K).fill(0);
  const hb: number[] = new Array(K).fill(0);
  a.forEach((x, t) => {
    const i = x - minRating;
    const j = b[t] - minRating;
    O[i][j]++;
    ha[i]++;
    hb[j]++;
  });
  let num = 0;
  let den = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      const w = K > 1 ? (i - j) ** 2 / (K - 1) ** 2 : 0;
      num += w * O[i][j];
      den += w * ha[i] * hb[j];
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}
