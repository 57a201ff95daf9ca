function softmax(logits) {
  if (logits.length === 0) return [];
  let m = -Infinity;
  for (const z of logits) if (z > m) m = z;
  const exps = logits.map((z) => Math.exp(z - m));
  let total = 0;
  for (const e of exps) total += e;
  return exps.map((e) => e / total);
}
