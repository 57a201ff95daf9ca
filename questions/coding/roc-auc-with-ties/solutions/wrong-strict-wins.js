// Counts only strict wins over all pairs: a tied positive-negative pair scores 0 instead of 1/2.
function rocAuc(scores, labels) {
  const p = scores.filter((_, i) => labels[i] === 1);
  const n = scores.filter((_, i) => labels[i] === 0);
  if (p.length === 0 || n.length === 0) return null;
  let wins = 0;
  for (const a of p) for (const b of n) if (a > b) wins++;
  return wins / (p.length * n.length);
}
