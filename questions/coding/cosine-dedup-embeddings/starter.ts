/** Indices of the vectors kept by greedy cosine-similarity deduplication, in increasing order. */
export function dedup(embeddings: number[][], threshold: number): number[] {
  return [];
}
