function coldStartSplit(userIds, timestamps, cutoff, gap) {
  const seenBefore = new Set();
  userIds.forEach((u, i) => {
    if (timestamps[i] < cutoff) seenBefore.add(u);
  });
  const out = { train: [], test: [], dropped: [] };
  userIds.forEach((u, i) => {
    const t = timestamps[i];
    if (t < cutoff - gap) out.train.push(i);
    else if (t >= cutoff && !seenBefore.has(u)) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
