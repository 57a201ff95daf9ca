function standardizeTest(train, test) {
  const d = train[0].length;
  const mu = [];
  const sd = [];
  for (let j = 0; j < d; j++) {
    const vals = train.map((row) => row[j]).filter((x) => x !== null);
    const m = vals.reduce((a, x) => a + x, 0) / vals.length;
    const s = Math.sqrt(vals.reduce((a, x) => a + (x - m) ** 2, 0) / vals.length);
    mu.push(m);
    sd.push(s >= 1e-12 ? s : 1);
  }
  return test.map((row) => row.map((x, j) => (x === null ? 0 : (x - mu[j]) / sd[j])));
}
