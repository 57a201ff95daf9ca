function gruCell(x, h, wIh, wHh, bIh, bHh) {
  const sigmoid = (a) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));
  const matvec = (W, v, b) => W.map((row, k) => row.reduce((s, w, j) => s + w * v[j], 0) + b[k]);
  const H = h.length;
  const gi = matvec(wIh, x, bIh);
  const gh = matvec(wHh, h, bHh);
  return h.map((hk, k) => {
    const r = sigmoid(gi[k] + gh[k]);
    const z = sigmoid(gi[H + k] + gh[H + k]);
    const n = Math.tanh(gi[2 * H + k] + r * gh[2 * H + k]);
    return (1 - z) * n + z * hk;
  });
}
