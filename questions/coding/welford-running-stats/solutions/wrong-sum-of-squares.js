// Uses (sum(x^2) - sum(x)^2 / n) / (n - 1): catastrophic cancellation for large values with a small spread.
function runningStats(ops) {
  let n = 0;
  let s = 0;
  let sq = 0;
  const out = [];
  for (const op of ops) {
    if (op[0] === "add") {
      n++;
      s += op[1];
      sq += op[1] * op[1];
    } else if (op[0] === "mean") {
      out.push(n ? s / n : null);
    } else {
      out.push(n > 1 ? (sq - (s * s) / n) / (n - 1) : null);
    }
  }
  return out;
}
