// Uses the Keras momentum convention: momentum weights the old running value, not the new batch statistic.
function batchnormTrain(x, gamma, beta, runningMean, runningVar, momentum, eps) {
  const n = x.length;
  const C = x[0].length;
  const out = x.map(() => new Array(C).fill(0));
  const rm = [];
  const rv = [];
  for (let c = 0; c < C; c++) {
    let mu = 0;
    for (let i = 0; i < n; i++) mu += x[i][c];
    mu /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (x[i][c] - mu) ** 2;
    const biased = v / n;
    const inv = 1 / Math.sqrt(biased + eps);
    for (let i = 0; i < n; i++) out[i][c] = gamma[c] * (x[i][c] - mu) * inv + beta[c];
    rm.push(momentum * runningMean[c] + (1 - momentum) * mu);
    rv.push(momentum * runningVar[c] + ((1 - momentum) * v) / (n - 1));
  }
  return { out, running_mean: rm, running_var: rv };
}
