// Off-by-one at the boundary: treats rows exactly at the cutoff as the past (<= instead of <).
function coldStartSplit(userIds, timestamps, cutoff, gap) {
  const seen = new Set(userIds.filter((u, i) => timestamps[i] <= cutoff));
  const out = { train: [], test: [], dropped: [] };
  userIds.forEach((u, i) => {
    const t = timestamps[i];
    if (t <= cutoff - gap) out.train.push(i);
    else if (t > cutoff && !seen.has(u)) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
