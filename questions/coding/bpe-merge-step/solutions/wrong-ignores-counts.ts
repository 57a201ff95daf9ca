// Counts each pair once per occurrence in the word list, ignoring the word frequencies.
export function bpeMergeStep(words: string[][], counts: number[]): { pair: string[] | null; words: string[][] } {
  const freq = new Map<string, number>();
  for (const word of words) {
    for (let j = 0; j + 1 < word.length; j++) {
      const key = JSON.stringify([word[j], word[j + 1]]);
      freq.set(key, (freq.get(key) ?? 0) + 1);
    }
  }
  if (freq.size === 0) return { pair: null, words: words.map((w) => w.slice()) };
  let best: string[] = ["", ""];
  let bestCount = -1;
  for (const [key, c] of freq) {
    const pair = JSON.parse(key) as string[];
    const smaller = pair[0] < best[0] || (pair[0] === best[0] && pair[1] < best[1]);
    if (c > bestCount || (c === bestCount && smaller)) {
      best = pair;
      bestCount = c;
    }
  }
  const merged = words.map((word) => {
    const out: string[] = [];
    for (let i = 0; i < word.length; i++) {
      if (i + 1 < word.length && word[i] === best[0] && word[i + 1] === best[1]) out.push(word[i] + word[++i]);
      else out.push(word[i]);
    }
    return out;
  });
  return { pair: best, words: merged };
}
