// Breaks ties by the first pair seen (Map insertion order) instead of the lexicographically smallest pair.
function bpeMergeStep(words, counts) {
  const freq = new Map();
  words.forEach((word, w) => {
    for (let j = 0; j + 1 < word.length; j++) {
      const key = JSON.stringify([word[j], word[j + 1]]);
      freq.set(key, (freq.get(key) ?? 0) + counts[w]);
    }
  });
  if (freq.size === 0) return { pair: null, words: words.map((w) => w.slice()) };
  let bestKey = null;
  for (const [key, c] of freq) if (bestKey === null || c > freq.get(bestKey)) bestKey = key;
  const best = JSON.parse(bestKey);
  const merged = words.map((word) => {
    const out = [];
    for (let i = 0; i < word.length; i++) {
      if (i + 1 < word.length && word[i] === best[0] && word[i + 1] === best[1]) out.push(word[i] + word[++i]);
      else out.push(word[i]);
    }
    return out;
  });
  return { pair: best, words: merged };
}
