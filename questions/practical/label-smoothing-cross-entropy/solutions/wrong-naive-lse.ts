// Computes log-sum-exp without the max shift, so logits around 710 and above overflow.
export function smoothedCrossEntropy(logits: number[][], targets: number[], epsilon: number): number {
  if (logits.length === 0) return 0;
  let total = 0;
  logits.forEach((z, i) => {
    const K = z.length;
    const lse = Math.log(z.reduce((s, v) => s + Math.exp(v), 0));
    const nll = lse - z[targets[i]];
    const uniform = lse - z.reduce((s, v) => s + v, 0) / K;
    total += (1 - epsilon) * nll + epsilon * uniform;
  });
  return total / logits.length;
}
