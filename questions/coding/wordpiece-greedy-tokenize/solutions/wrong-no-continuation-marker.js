// Looks up continuation pieces without the ## prefix, mixing word-initial and word-internal pieces.
function wordpiece(word, vocab, maxChars) {
  const known = new Set(vocab);
  if (word.length > maxChars) return ["[UNK]"];
  const pieces = [];
  let start = 0;
  while (start < word.length) {
    let end = word.length;
    let piece = null;
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
