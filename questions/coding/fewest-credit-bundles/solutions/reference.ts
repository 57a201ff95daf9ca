export function fewestBundles(sizes: number[], amount: number): number {
  const inf = amount + 1;
  const best = new Array<number>(amount + 1).fill(inf);
  best[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const s of sizes) {
      if (s <= a && best[a - s] + 1 < best[a]) best[a] = best[a - s] + 1;
    }
  }
  return best[amount] === inf ? -1 : best[amount];
}
