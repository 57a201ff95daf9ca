// Uses (sum(x^2) - sum(x)^2 / n) / (n - 1): catastrophic cancellation for large values with a small spread.
export function runningStats(ops: (string | number)[][]): (number | null)[] {
  let n = 0;
  let s = 0;
  let sq = 0;
  const out: (number | null)[] = [];
  for (const op of ops) {
    if (op[0] === "add") {
      const x = op[1] as number;
      n++;
      s += x;
      sq += x * x;
    } else if (op[0] === "mean") {
      out.push(n ? s / n : null);
    } else {
      out.push(n > 1 ? (sq - (s * s) / n) / (n - 1) : null);
    }
  }
  return out;
}
