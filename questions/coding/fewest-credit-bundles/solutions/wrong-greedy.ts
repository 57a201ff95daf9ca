// Greedy: always takes the largest bundle that fits, which is not optimal (or even feasible) for every set of sizes.
export function fewestBundles(sizes: number[], amount: number): number {
  let count = 0;
  for (const s of [...sizes].sort((a, b) => b - a)) {
    count += Math.floor(amount / s);
    amount %= s;
  }
  return amount === 0 ? count : -1;
}
