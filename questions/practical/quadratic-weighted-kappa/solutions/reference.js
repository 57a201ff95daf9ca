function quadraticWeightedKappa(a, b, minRating, maxRating) {
  const K = maxRating - minRating + 1;
  const n = a.length;
  const O = Array.from({ length: K }, () => new Array(K).fill(0));
  const ha = new Array(K).fill(0);
  const hb = new Array(K).fill(0);
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
      den += (w * ha[i] * hb[j]) / n;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}
