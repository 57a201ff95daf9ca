function confusionMatrix(yTrue, yPred, labels) {
  const index = new Map(labels.map((label, i) => [label, i]));
  const m = labels.map(() => new Array(labels.length).fill(0));
  for (let n = 0; n < yTrue.length; n++) {
    const i = index.get(yTrue[n]);
    const j = index.get(yPred[n]);
    if (i !== undefined && j !== undefined) m[i][j]++;
  }
  return m;
}
