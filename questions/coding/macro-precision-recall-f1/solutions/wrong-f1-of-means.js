// Computes F1 as the harmonic mean of macro precision and macro recall instead of the mean of per-class F1.
function macroPrf(yTrue, yPred) {
  const classes = [...new Set([...yTrue, ...yPred])];
  if (classes.length === 0) return [0, 0, 0];
  let sp = 0;
  let sr = 0;
  for (const c of classes) {
    let tp = 0;
    let pc = 0;
    let ac = 0;
    yTrue.forEach((t, i) => {
      if (t === c) ac++;
      if (yPred[i] === c) pc++;
      if (t === c && yPred[i] === c) tp++;
    });
    sp += pc ? tp / pc : 0;
    sr += ac ? tp / ac : 0;
  }
  const p = sp / classes.length;
  const r = sr / classes.length;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}
