// Smooths the predicted probability instead of the target: -log((1 - eps) * p_t + eps / K).
function smoothedCrossEntropy(logits, targets, epsilon) {
  if (logits.length === 0) return 0;
  let total = 0;
  logits.forEach((z, i) => {
    const K = z.length;
    const m = Math.max(...z);
    const pt = Math.exp(z[targets[i]] - m) / z.reduce((s, v) => s + Math.exp(v - m), 0);
    total += -Math.log((1 - epsilon) * pt + epsilon / K);
  });
  return total / logits.length;
}
