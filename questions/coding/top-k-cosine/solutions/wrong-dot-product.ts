// Ranks by the raw dot product: long vectors win regardless of direction.
export function topKCosine(query: number[], docs: number[][], k: number): number[] {
  const scored = docs.map((doc, i) => ({ i, score: doc.reduce((sum, x, j) => sum + x * query[j], 0) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, k).map((s) => s.i);
}
