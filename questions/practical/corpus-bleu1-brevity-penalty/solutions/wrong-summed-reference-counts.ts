// Clips each word by its total count over all references instead of its maximum in one reference.
export function corpusBleu1(candidates: string[], references: string[][]): number {
  const tokens = (s: string): string[] => s.split(/\s+/).filter((t) => t.length > 0);
  const counts = (toks: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of toks) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  let matches = 0;
  let C = 0;
  let R = 0;
  candidates.forEach((cand, i) => {
    const c = tokens(cand);
    const refToks = references[i].map(tokens);
    const maxRef = new Map<string, number>();
    for (const rt of refToks) {
      for (const [w, n] of counts(rt)) maxRef.set(w, (maxRef.get(w) ?? 0) + n);
    }
    for (const [w, n] of counts(c)) matches += Math.min(n, maxRef.get(w) ?? 0);
    C += c.length;
    let best = refToks[0].length;
    for (const rt of refToks) {
      const d = Math.abs(rt.length - c.length);
      const bd = Math.abs(best - c.length);
      if (d < bd || (d === bd && rt.length < best)) best = rt.length;
    }
    R += best;
  });
  if (C === 0) return 0;
  const bp = C > R ? 1 : Math.exp(1 - R / C);
  return (bp * matches) / C;
}
