/** Indices of the k documents most similar to query, best first. */
export function topKCosine(query: number[], docs: number[][], k: number): number[] {
  return [];
}
