// Scales the scores by 1/d instead of 1/sqrt(d).
export function attention(Q: number[][], K: number[][], V: number[][], causal: boolean, keyValid: boolean[]): number[][] {
  const m = K.length;
  const n = Q.length;
  const dv = V.length ? V[0].length : 0;
  const offset = m - n;
  return Q.map((q, i) => {
    const allowed: number[] = [];
    for (let j = 0; j < m; j++) if (keyValid[j] && (!causal || j <= i + offset)) allowed.push(j);
    const row: number[] = new Array(dv).fill(0);
    if (allowed.length === 0) return row;
    const scale = q.length;
    const s = allowed.map((j) => q.reduce((acc, x, c) => acc + x * K[j][c], 0) / scale);
    const mx = Math.max(...s);
    const e = s.map((x) => Math.exp(x - mx));
    const z = e.reduce((a, x) => a + x, 0);
    allowed.forEach((j, t) => {
      for (let c = 0; c < dv; c++) row[c] += (e[t] / z) * V[j][c];
    });
    return row;
  });
}
