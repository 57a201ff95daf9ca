function runningStats(ops) {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  const out = [];
  for (const op of ops) {
    if (op[0] === "add") {
      const x = op[1];
      n++;
      const delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
    } else if (op[0] === "mean") {
      out.push(n > 0 ? mean : null);
    } else if (op[0] === "var") {
      out.push(n > 1 ? m2 / (n - 1) : null);
    }
  }
  return out;
}
