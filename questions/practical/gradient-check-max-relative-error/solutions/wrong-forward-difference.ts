// Uses a one-sided difference (f(w+h) - f(w)) / h, whose O(h) error swamps the check.
export function gradientCheck(w: number[], X: number[][], y: number[], l2: number, analytic: number[]): number {
  const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  const loss = (v: number[]): number => {
    let total = 0;
    X.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < v.length; j++) z += v[j] * x[j];
      total += softplus(z) - y[i] * z;
    });
    return total / X.length + 0.5 * l2 * v.reduce((s, a) => s + a * a, 0);
  };
  const h = 1e-4;
  const v = w.slice();
  let worst = 0;
  for (let j = 0; j < v.length; j++) {
    const old = v[j];
    v[j] = old + h;
    const fp = loss(v);
    v[j] = old;
    const fm = loss(v);
    v[j] = old;
    const g = (fp - fm) / h;
    const a = analytic[j];
    worst = Math.max(worst, Math.abs(a - g) / Math.max(Math.abs(a), Math.abs(g), 1e-8));
  }
  return worst;
}
