/** One PyTorch-style GRU step; weights are stacked [reset; update; new]. Returns the new hidden state. */
export function gruCell(x: number[], h: number[], wIh: number[][], wHh: number[][], bIh: number[], bHh: number[]): number[] {
  return h;
}
