/** Scaled dot-product attention with optional causal mask (queries are the last n positions) and key padding mask. */
export function attention(Q: number[][], K: number[][], V: number[][], causal: boolean, keyValid: boolean[]): number[][] {
  return [];
}
