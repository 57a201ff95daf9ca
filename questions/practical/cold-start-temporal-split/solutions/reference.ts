export function coldStartSplit(
  userIds: string[],
  timestamps: number[],
  cutoff: number,
  gap: number,
): { train: number[]; test: number[]; dropped: number[] } {
  const seenBefore = new Set<string>();
  userIds.forEach((u, i) => {
    if (timestamps[i] < cutoff) seenBefore.add(u);
  });
  const out = { train: [] as number[], test: [] as number[], dropped: [] as number[] };
  userIds.forEach((u, i) => {
    const t = timestamps[i];
    if (t < cutoff - gap) out.train.push(i);
    else if (t >= cutoff && !seenBefore.has(u)) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
