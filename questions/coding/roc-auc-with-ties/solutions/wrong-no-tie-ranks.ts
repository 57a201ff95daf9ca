// Ranks by position in the sorted order without averaging tied scores, so ties are broken arbitrarily.
export function rocAuc(scores: number[], labels: number[]): number | null {
  const n = scores.length;
  const pos = labels.filter((y) => y === 1).length;
  const neg = n - pos;
  if (pos === 0 || neg === 0) return null;
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rPos = 0;
  order.forEach((i, r) => {
    if (labels[i] === 1) rPos += r + 1;
  });
  return (rPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
