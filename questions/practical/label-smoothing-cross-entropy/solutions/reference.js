function smoothedCrossEntropy(logits, targets, epsilon) {
  if (logits.length === 0) return 0;
  let total = 0;
  logits.forEach((z, i) => {
    const K = z.length;
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
    const nll = lse - z[targets[i]];
    const uniform = lse - z.reduce((s, v) => s + v, 0) / K;
    total += (1 - epsilon) * nll + epsilon * uniform;
  });
  return total / logits.length;
}
