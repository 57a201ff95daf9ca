/** Softmax probabilities of logits, in the same order. */
export function softmax(logits: number[]): number[] {
  return [];
}
