// Off-by-one at the boundary: treats rows exactly at the cutoff as the past (<= instead of <).
export function coldStartSplit(
  userIds: string[],
  timestamps: number[],
  cutoff: number,
  gap: number,
): { train: number[]; test: number[]; dropped: number[] } {
  const seen = new Set(userIds.filter((u, i) => timestamps[i] <= cutoff));
  const out = { train: [] as number[], test: [] as number[], dropped: [] as number[] };
  userIds.forEach((u, i) => {
    const t = timestamps[i];
    if (t <= cutoff - gap) out.train.push(i);
    else if (t > cutoff && !seen.has(u)) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
