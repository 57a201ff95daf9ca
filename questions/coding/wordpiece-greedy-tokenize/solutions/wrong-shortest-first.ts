// Tries the shortest candidate first instead of the longest.
export function wordpiece(word: string, vocab: string[], maxChars: number): string[] {
  const known = new Set(vocab);
  if (word.length > maxChars) return ["[UNK]"];
  const pieces: string[] = [];
  let start = 0;
  while (start < word.length) {
    let end = start + 1;
    let piece: string | null = null;
    while (end <= word.length) {
      const sub = (start === 0 ? "" : "##") + word.slice(start, end);
      if (known.has(sub)) {
        piece = sub;
        break;
      }
      end++;
    }
    if (piece === null) return ["[UNK]"];
    pieces.push(piece);
    start = end;
  }
  return pieces;
}
