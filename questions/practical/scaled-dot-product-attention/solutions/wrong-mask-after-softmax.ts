// Applies the masks after the softmax (zeroing probabilities), so a row's weights no longer sum to 1.
export function attention(Q: number[][], K: number[][], V: number[][], causal: boolean, keyValid: boolean[]): number[][] {
  const m = K.length;
  const n = Q.length;
  const dv = V.length ? V[0].length : 0;
  const offset = m - n;
  return Q.map((q, i) => {
    const scale = Math.sqrt(q.length);
    const s = K.map((k) => q.reduce((acc, x, c) => acc + x * k[c], 0) / scale);
    const mx = Math.max(...s);
    const e = s.map((x) => Math.exp(x - mx));
    const z = e.reduce((a, x) => a + x, 0);
    const row: number[] = new Array(dv).fill(0);
    for (let j = 0; j < m; j++) {
      if (!keyValid[j] || (causal && j > i + offset)) continue;
      for (let c = 0; c < dv; c++) row[c] += (e[j] / z) * V[j][c];
    }
    return row;
  });
}
