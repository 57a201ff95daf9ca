// Adds weight_decay * theta to the gradient (Adam with L2) instead of decaying the weights directly.
export function adamwStep(
  params: number[],
  grads: number[],
  m: number[],
  v: number[],
  t: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weightDecay: number,
): { params: number[]; m: number[]; v: number[] } {
  const step = t + 1;
  const bc1 = 1 - beta1 ** step;
  const bc2 = 1 - beta2 ** step;
  const newM: number[] = [];
  const newV: number[] = [];
  const newP = params.map((p, i) => {
    const g = grads[i] + weightDecay * p;
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    newM.push(mi);
    newV.push(vi);
    const update = mi / bc1 / (Math.sqrt(vi / bc2) + eps);
    return p - lr * update;
  });
  return { params: newP, m: newM, v: newV };
}
