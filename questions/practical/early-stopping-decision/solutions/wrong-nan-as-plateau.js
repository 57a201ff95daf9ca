// Treats a NaN loss as a non-improving epoch instead of stopping immediately.
function earlyStopping(valLosses, patience, minDelta) {
  let best = Infinity;
  let bestEpoch = -1;
  let wait = 0;
  for (let e = 0; e < valLosses.length; e++) {
    const loss = valLosses[e];
    if (loss === null) { wait++; if (wait >= patience) return [e, bestEpoch]; continue; }
    if (loss < best - minDelta) {
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
