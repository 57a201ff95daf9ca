// Looks up continuation pieces without the ## prefix, mixing word-initial and word-internal pieces.
export function wordpiece(word: string, vocab: string[], maxChars: number): string[] {
  const known = new Set(vocab);
  if (word.length > maxChars) return ["[UNK]"];
  const pieces: string[] = [];
  let start = 0;
  while (start < word.length) {
    let end = word.length;
    let piece: string | null = null;
    while (end > start) {
      const sub = (start === 0 ? "" : "##") + word.slice(start, end);
      if (known.has(word.slice(start, end))) {
        piece = sub;
        break;
      }
      end--;
    }
    if (piece === null) return ["[UNK]"];
    pieces.push(piece);
    start = end;
  }
  return pieces;
}
