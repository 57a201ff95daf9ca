/** Bias-corrected exponential moving average; null values stay null. */
export function smooth(values: (number | null)[], weight: number): (number | null)[] {
  return [];
}
