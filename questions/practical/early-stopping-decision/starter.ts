/** [stopEpoch, bestEpoch]; null in valLosses means NaN (stop immediately). */
export function earlyStopping(valLosses: (number | null)[], patience: number, minDelta: number): number[] {
  return [-1, -1];
}
