// Skips padded positions in the sum but still divides by the total number of positions.
export function crossEntropy(logits: number[][], targets: number[]): number {
  if (logits.length === 0) return 0;
  let total = 0;
  logits.forEach((row, i) => {
    const t = targets[i];
    if (t === -100) return;
    const m = Math.max(...row);
    total += m + Math.log(row.reduce((s, z) => s + Math.exp(z - m), 0)) - row[t];
  });
  return total / logits.length;
}
