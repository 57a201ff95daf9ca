// Uses the linear gain rel instead of 2^rel - 1, which under-weights highly relevant documents.
export function ndcgAtK(scores: number[], relevance: number[], k: number): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const dcg = (rels: number[]) => {
    let s = 0;
    for (let i = 0; i < Math.min(k, rels.length); i++) s += rels[i] / Math.log2(i + 2);
    return s;
  };
  const ideal = dcg([...relevance].sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return dcg(order.map((i) => relevance[i])) / ideal;
}
