// Evaluates after every example instead of after each group of equal scores, scoring thresholds that split ties.
export function bestF1Threshold(probs: number[], labels: number[]): number[] {
  const P = labels.reduce((a, y) => a + y, 0);
  const order = probs.map((_, i) => i).sort((a, b) => probs[b] - probs[a]);
  let bestT = 0;
  let bestF1 = -1;
  let tp = 0;
  let fp = 0;
  for (const i of order) {
    if (labels[i] === 1) tp++;
    else fp++;
    const f1 = tp ? (2 * tp) / (2 * tp + fp + (P - tp)) : 0;
    if (f1 >= bestF1) {
      bestT = probs[i];
      bestF1 = f1;
    }
  }
  return [bestT, bestF1];
}
