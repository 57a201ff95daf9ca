// Puts predictions on the rows and truth on the columns: the transpose of the expected matrix.
function confusionMatrix(yTrue, yPred, labels) {
  const index = new Map(labels.map((label, i) => [label, i]));
  const m = labels.map(() => new Array(labels.length).fill(0));
  yTrue.forEach((t, n) => {
    const i = index.get(t);
    const j = index.get(yPred[n]);
    if (i !== undefined && j !== undefined) m[j][i]++;
  });
  return m;
}
