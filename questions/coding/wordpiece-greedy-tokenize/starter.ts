/** Greedy longest-match-first WordPiece; continuation pieces carry "##". */
export function wordpiece(word: string, vocab: string[], maxChars: number): string[] {
  return [];
}
