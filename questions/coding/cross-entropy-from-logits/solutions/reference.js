const IGNORE = -100;

function crossEntropy(logits, targets) {
  let total = 0;
  let count = 0;
  for (let i = 0; i < logits.length; i++) {
    const t = targets[i];
    if (t === IGNORE) continue;
    const row = logits[i];
    let m = -Infinity;
    for (const z of row) if (z > m) m = z;
    let s = 0;
    for (const z of row) s += Math.exp(z - m);
    total += m + Math.log(s) - row[t];
    count++;
  }
  return count === 0 ? 0 : total / count;
}
