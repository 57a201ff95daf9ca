/** Kept row indices of train and test after normalising, deduplicating and decontaminating. */
export function dedupAndDecontaminate(train: string[], test: string[]): { train: number[]; test: number[] } {
  return { train: [], test: [] };
}
