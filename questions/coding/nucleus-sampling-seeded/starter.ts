/** n token indices sampled with temperature and nucleus (top-p) sampling, using the seeded LCG. */
export function sampleTopP(logits: number[], temperature: number, topP: number, seed: number, n: number): number[] {
  return [];
}
