// Splits on time alone: returning users' later rows go to test, so users appear on both sides.
export function coldStartSplit(
  userIds: string[],
  timestamps: number[],
  cutoff: number,
  gap: number,
): { train: number[]; test: number[]; dropped: number[] } {
  const out = { train: [] as number[], test: [] as number[], dropped: [] as number[] };
  timestamps.forEach((t, i) => {
    if (t < cutoff - gap) out.train.push(i);
    else if (t >= cutoff) out.test.push(i);
    else out.dropped.push(i);
  });
  return out;
}
