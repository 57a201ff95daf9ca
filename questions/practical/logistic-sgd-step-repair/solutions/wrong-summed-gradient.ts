// Sums the per-example gradients instead of averaging them, scaling the step by the batch size.
export function sgdStep(w: number[], b: number, X: number[][], y: number[], lr: number, l2: number): number[] {
  const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const n = X.length;
  const d = w.length;
  const gw: number[] = new Array(d).fill(0);
  let gb = 0;
  X.forEach((x, i) => {
    let z = b;
    for (let j = 0; j < d; j++) z += w[j] * x[j];
    const err = sigmoid(z) - y[i];
    for (let j = 0; j < d; j++) gw[j] += err * x[j];
    gb += err;
  });
  const out = w.map((wj, j) => wj - lr * (gw[j] + l2 * wj));
  out.push(b - lr * gb);
  return out;
}
