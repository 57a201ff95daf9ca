/** NDCG@k with gain 2^rel - 1 and discount 1 / log2(position + 1). */
export function ndcgAtK(scores: number[], relevance: number[], k: number): number {
  return 0;
}
