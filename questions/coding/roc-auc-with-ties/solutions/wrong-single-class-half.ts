// Returns 0.5 when one class is missing instead of reporting the AUC as undefined.
export function rocAuc(scores: number[], labels: number[]): number | null {
  const p = scores.filter((_, i) => labels[i] === 1);
  const n = scores.filter((_, i) => labels[i] === 0);
  if (p.length === 0 || n.length === 0) return 0.5;
  let total = 0;
  for (const a of p) for (const b of n) total += a > b ? 1 : a === b ? 0.5 : 0;
  return total / (p.length * n.length);
}
