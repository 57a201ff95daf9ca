// Breaks ties towards the highest threshold (strict > in a descending sweep).
export function bestF1Threshold(probs: number[], labels: number[]): number[] {
  const P = labels.reduce((a, y) => a + y, 0);
  const order = probs.map((_, i) => i).sort((a, b) => probs[b] - probs[a]);
  let bestT = 0;
  let bestF1 = -1;
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < order.length) {
    const t = probs[order[i]];
    while (i < order.length && probs[order[i]] === t) {
      if (labels[order[i]] === 1) tp++;
      else fp++;
      i++;
    }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + (P - tp)) : 0;
    if (f1 > bestF1) {
      bestT = t;
      bestF1 = f1;
    }
  }
  return [bestT, bestF1];
}
