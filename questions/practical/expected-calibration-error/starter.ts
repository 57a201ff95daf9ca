/** ECE with nBins equal-width bins over the arg-max confidence. */
export function expectedCalibrationError(probs: number[][], labels: number[], nBins: number): number {
  return 0;
}
