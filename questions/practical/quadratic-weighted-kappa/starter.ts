/** Cohen's kappa with quadratic weights between two integer raters. */
export function quadraticWeightedKappa(a: number[], b: number[], minRating: number, maxRating: number): number {
  return 0;
}
