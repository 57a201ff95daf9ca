// Counts a loss equal to best - min_delta as an improvement (<=), so a flat plateau never stops.
function earlyStopping(valLosses, patience, minDelta) {
  let best = Infinity;
  let bestEpoch = -1;
  let wait = 0;
  for (let e = 0; e < valLosses.length; e++) {
    const loss = valLosses[e];
    if (loss === null) return [e, bestEpoch];
    if (loss <= best - minDelta) {
      best = loss;
      bestEpoch = e;
      wait = 0;
    } else {
      wait++;
      if (wait >= patience) return [e, bestEpoch];
    }
  }
  return [valLosses.length - 1, bestEpoch];
}
