// Only skips unknown true labels; an unknown prediction is counted in the last column.
function confusionMatrix(yTrue, yPred, labels) {
  const index = new Map(labels.map((label, i) => [label, i]));
  const m = labels.map(() => new Array(labels.length).fill(0));
  yTrue.forEach((t, n) => {
    if (!index.has(t)) return;
    const row = m[index.get(t)];
    const j = index.has(yPred[n]) ? index.get(yPred[n]) : labels.length - 1;
    row[j]++;
  });
  return m;
}
