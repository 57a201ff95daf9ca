export function macroPrf(yTrue: number[], yPred: number[]): number[] {
  const tp = new Map<number, number>();
  const actual = new Map<number, number>();
  const predicted = new Map<number, number>();
  const inc = (m: Map<number, number>, c: number) => m.set(c, (m.get(c) ?? 0) + 1);
  for (let i = 0; i < yTrue.length; i++) {
    inc(actual, yTrue[i]);
    inc(predicted, yPred[i]);
    if (yTrue[i] === yPred[i]) inc(tp, yTrue[i]);
  }
  const classes = new Set([...yTrue, ...yPred]);
  if (classes.size === 0) return [0, 0, 0];
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (const c of classes) {
    const t = tp.get(c) ?? 0;
    const pc = predicted.get(c) ?? 0;
    const ac = actual.get(c) ?? 0;
    const p = pc ? t / pc : 0;
    const r = ac ? t / ac : 0;
    sp += p;
    sr += r;
    sf += p + r ? (2 * p * r) / (p + r) : 0;
  }
  const n = classes.size;
  return [sp / n, sr / n, sf / n];
}
