// Predicts positive when prob > t (the tuning/serving mismatch), so examples scored exactly t are missed.
function bestF1Threshold(probs, labels) {
  let bestT = null;
  let bestF1 = -1;
  for (const t of [...new Set(probs)].sort((a, b) => a - b)) {
    let tp = 0, fp = 0, fn = 0;
    probs.forEach((p, i) => {
      if (p > t) { if (labels[i] === 1) tp++; else fp++; }
      else if (labels[i] === 1) fn++;
    });
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > bestF1) {
      bestT = t;
      bestF1 = f1;
    }
  }
  return [bestT, bestF1];
}
