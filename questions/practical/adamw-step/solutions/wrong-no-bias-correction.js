// Skips bias correction: uses m and v directly, so early steps are about 3x too large.
function adamwStep(params, grads, m, v, t, lr, beta1, beta2, eps, weightDecay) {
  const step = t + 1;
  const bc1 = 1 - beta1 ** step;
  const bc2 = 1 - beta2 ** step;
  const newM = [];
  const newV = [];
  const newP = params.map((p, i) => {
    const g = grads[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    newM.push(mi);
    newV.push(vi);
    const update = mi / (Math.sqrt(vi) + eps);
    return p - lr * (update + weightDecay * p);
  });
  return { params: newP, m: newM, v: newV };
}
