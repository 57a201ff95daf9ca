// Tracks the checkpoint by the raw minimum while patience uses min_delta, so best_epoch can be a noise-level improvement.
export function earlyStopping(valLosses: (number | null)[], patience: number, minDelta: number): number[] {
  let best = Infinity;
  let rawBest = Infinity;
  let bestEpoch = -1;
  let wait = 0;
  for (let e = 0; e < valLosses.length; e++) {
    const loss = valLosses[e];
    if (loss === null) return [e, bestEpoch];
    if (loss < rawBest) {
      rawBest = loss;
      bestEpoch = e;
    }
    if (loss < best - minDelta) {
      best = loss;
      wait = 0;
    } else {
      wait++;
      if (wait >= patience) return [e, bestEpoch];
    }
  }
  return [valLosses.length - 1, bestEpoch];
}
