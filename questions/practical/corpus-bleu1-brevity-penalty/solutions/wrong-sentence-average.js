// Averages sentence-level BLEU-1 scores instead of pooling matches and lengths over the corpus.
function corpusBleu1(candidates, references) {
  const tokens = (s) => s.split(/\s+/).filter((t) => t.length > 0);
  if (candidates.length === 0) return 0;
  let total = 0;
  candidates.forEach((cand, i) => {
    const c = tokens(cand);
    if (c.length === 0) return;
    const refToks = references[i].map(tokens);
    const maxRef = new Map();
    for (const rt of refToks) {
      const m = new Map();
      for (const t of rt) m.set(t, (m.get(t) ?? 0) + 1);
      for (const [w, n] of m) maxRef.set(w, Math.max(maxRef.get(w) ?? 0, n));
    }
    const cc = new Map();
    for (const t of c) cc.set(t, (cc.get(t) ?? 0) + 1);
    let matches = 0;
    for (const [w, n] of cc) matches += Math.min(n, maxRef.get(w) ?? 0);
    let best = refToks[0].length;
    for (const rt of refToks) {
      const d = Math.abs(rt.length - c.length);
      const bd = Math.abs(best - c.length);
      if (d < bd || (d === bd && rt.length < best)) best = rt.length;
    }
    const bp = c.length > best ? 1 : Math.exp(1 - best / c.length);
    total += (bp * matches) / c.length;
  });
  return total / candidates.length;
}
