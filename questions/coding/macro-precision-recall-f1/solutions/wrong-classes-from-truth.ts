// Takes the classes from y_true only, so a class that is only ever predicted (pure false positives) is left out.
export function macroPrf(yTrue: number[], yPred: number[]): number[] {
  const classes = [...new Set(yTrue)];
  if (classes.length === 0) return [0, 0, 0];
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (const c of classes) {
    let tp = 0;
    let pc = 0;
    let ac = 0;
    yTrue.forEach((t, i) => {
      if (t === c) ac++;
      if (yPred[i] === c) pc++;
      if (t === c && yPred[i] === c) tp++;
    });
    const p = pc ? tp / pc : 0;
    const r = ac ? tp / ac : 0;
    sp += p;
    sr += r;
    sf += p + r ? (2 * p * r) / (p + r) : 0;
  }
  const n = classes.length;
  return [sp / n, sr / n, sf / n];
}
