// Spreads epsilon over the K - 1 wrong classes only (target 1 - eps), not eps / K over all classes.
export function smoothedCrossEntropy(logits: number[][], targets: number[], epsilon: number): number {
  if (logits.length === 0) return 0;
  let total = 0;
  logits.forEach((z, i) => {
    const K = z.length;
    const t = targets[i];
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
    let loss = (1 - epsilon) * (lse - z[t]);
    for (let j = 0; j < K; j++) if (j !== t) loss += (epsilon / (K - 1)) * (lse - z[j]);
    total += loss;
  });
  return total / logits.length;
}
