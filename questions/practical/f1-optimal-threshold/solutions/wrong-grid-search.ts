// Searches a fixed grid 0.00, 0.01, ..., 1.00 instead of the distinct scores, missing the exact optimum.
export function bestF1Threshold(probs: number[], labels: number[]): number[] {
  let bestT = 0;
  let bestF1 = -1;
  for (let k = 0; k <= 100; k++) {
    const t = k / 100;
    let tp = 0, fp = 0, fn = 0;
    probs.forEach((p, i) => {
      if (p >= t) {
        if (labels[i] === 1) tp++;
        else fp++;
      } else if (labels[i] === 1) fn++;
    });
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > bestF1) {
      bestT = t;
      bestF1 = f1;
    }
  }
  return [bestT, bestF1];
}
