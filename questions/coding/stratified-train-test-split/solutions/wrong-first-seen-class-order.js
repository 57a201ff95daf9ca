// Visits classes in first-appearance order instead of sorted order, so the shared generator feeds different classes.
function stratifiedSplit(labels, testPercent, seed) {
  let state = seed;
  const nextU = () => {
    state = (1664525 * state + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const groups = new Map();
  labels.forEach((y, i) => {
    if (!groups.has(y)) groups.set(y, []);
    groups.get(y).push(i);
  });
  const train = [];
  const test = [];
  for (const y of groups.keys()) {
    const idx = groups.get(y);
    const nTest = Math.floor((idx.length * testPercent + 50) / 100);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(nextU() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    test.push(...idx.slice(0, nTest));
    train.push(...idx.slice(nTest));
  }
  const asc = (a, b) => a - b;
  return { train: train.sort(asc), test: test.sort(asc) };
}
