// Only skips unknown true labels; an unknown prediction is counted in the last column.
export function confusionMatrix(yTrue: string[], yPred: string[], labels: string[]): number[][] {
  const index = new Map(labels.map((label, i) => [label, i] as const));
  const m = labels.map(() => new Array<number>(labels.length).fill(0));
  yTrue.forEach((t, n) => {
    const i = index.get(t);
    if (i === undefined) return;
    const j = index.get(yPred[n]) ?? labels.length - 1;
    m[i][j]++;
  });
  return m;
}
