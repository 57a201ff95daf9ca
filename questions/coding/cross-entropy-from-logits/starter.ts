/** Mean cross-entropy over positions whose target is not -100 (0 if none). */
export function crossEntropy(logits: number[][], targets: number[]): number {
  return 0;
}
