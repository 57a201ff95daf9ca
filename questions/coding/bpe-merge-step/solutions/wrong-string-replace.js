// Merges by replacing "a b" in the space-joined word, which also matches across symbol boundaries ("ca b" -> "cab").
function bpeMergeStep(words, counts) {
  const freq = new Map();
  words.forEach((word, w) => {
    for (let j = 0; j + 1 < word.length; j++) {
      const key = word[j] + " " + word[j + 1];
      freq.set(key, (freq.get(key) ?? 0) + counts[w]);
    }
  });
  if (freq.size === 0) return { pair: null, words: words.map((w) => w.slice()) };
  const keys = [...freq.keys()].sort((x, y) => {
    const [a0, a1] = x.split(" ");
    const [b0, b1] = y.split(" ");
    return freq.get(y) - freq.get(x) || (a0 < b0 ? -1 : a0 > b0 ? 1 : a1 < b1 ? -1 : a1 > b1 ? 1 : 0);
  });
  const bigram = keys[0];
  const pair = bigram.split(" ");
  return { pair, words: words.map((w) => w.join(" ").split(bigram).join(pair.join("")).split(" ")) };
}
