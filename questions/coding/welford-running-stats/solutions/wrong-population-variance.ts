// Divides M2 by n (population variance) instead of n - 1 (sample variance), and reports 0 for a single value.
export function runningStats(ops: (string | number)[][]): (number | null)[] {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  const out: (number | null)[] = [];
  for (const op of ops) {
    if (op[0] === "add") {
      const x = op[1] as number;
      n++;
      const delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
    } else if (op[0] === "mean") {
      out.push(n ? mean : null);
    } else {
      out.push(n ? m2 / n : null);
    }
  }
  return out;
}
