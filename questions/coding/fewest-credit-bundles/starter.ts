/** Fewest bundles summing exactly to amount, or -1. */
export function fewestBundles(sizes: number[], amount: number): number {
  return -1;
}
