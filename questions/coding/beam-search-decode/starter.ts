/** The best finished hypothesis of a beam search over table (context -> next token -> log-probability). */
export function beamSearch(
  table: Record<string, Record<string, number>>,
  beamWidth: number,
  maxLen: number,
): { tokens: string[]; score: number } {
  return { tokens: [], score: 0 };
}
