function bpeMergeStep(words, counts) {
  const freq = new Map();
  words.forEach((word, w) => {
    for (let j = 0; j + 1 < word.length; j++) {
      const key = JSON.stringify([word[j], word[j + 1]]);
      freq.set(key, (freq.get(key) ?? 0) + counts[w]);
    }
  });
  if (freq.size === 0) return { pair: null, words: words.map((w) => w.slice()) };
  let best = null;
  let bestCount = -1;
  for (const [key, c] of freq) {
    const pair = JSON.parse(key);
    const smaller = best === null || pair[0] < best[0] || (pair[0] === best[0] && pair[1] < best[1]);
    if (c > bestCount || (c === bestCount && smaller)) {
      best = pair;
      bestCount = c;
    }
  }
  const merged = words.map((word) => {
    const out = [];
    let i = 0;
    while (i < word.length) {
      if (i + 1 < word.length && word[i] === best[0] && word[i + 1] === best[1]) {
        out.push(word[i] + word[i + 1]);
        i += 2;
      } else {
        out.push(word[i]);
        i += 1;
      }
    }
    return out;
  });
  return { pair: best, words: merged };
}
