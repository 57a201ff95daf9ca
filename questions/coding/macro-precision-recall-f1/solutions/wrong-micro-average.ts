// Micro-averages (pools all counts): for single-label data every metric collapses to accuracy.
export function macroPrf(yTrue: number[], yPred: number[]): number[] {
  if (yTrue.length === 0) return [0, 0, 0];
  const acc = yTrue.filter((t, i) => t === yPred[i]).length / yTrue.length;
  return [acc, acc, acc];
}
