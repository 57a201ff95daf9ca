// Divides M2 by n (population variance) instead of n - 1 (sample variance), and reports 0 for a single value.
function runningStats(ops) {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  const out = [];
  for (const op of ops) {
    if (op[0] === "add") {
      n++;
      const delta = op[1] - mean;
      mean += delta / n;
      m2 += delta * (op[1] - mean);
    } else if (op[0] === "mean") {
      out.push(n ? mean : null);
    } else {
      out.push(n ? m2 / n : null);
    }
  }
  return out;
}
