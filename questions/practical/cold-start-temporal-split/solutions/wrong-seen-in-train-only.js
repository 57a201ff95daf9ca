// Builds the set of known users from train rows only, so users active only in the embargo window count as new.
function coldStartSplit(userIds, timestamps, cutoff, gap) {
  const seen = new Set(userIds.filter((u, i) => timestamps[i] < cutoff - gap));
  const out = { train: [], test: [], dropped: [] };
  userIds.forEach((u, i) => {
    const t = timestamps[i];
    if (t < cutoff - gap) out.train.push(i);
    else if (t >= cutoff && !seen.has(u)) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
