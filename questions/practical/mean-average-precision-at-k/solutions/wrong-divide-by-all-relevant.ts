// Normalises by |R| instead of min(|R|, k), so queries with more than k relevant items can never reach 1.
export function mapAtK(recommended: string[][], relevant: string[][], k: number): number {
  let total = 0;
  let counted = 0;
  recommended.forEach((recs, q) => {
    const rel = new Set(relevant[q]);
    if (rel.size === 0) return;
    const seen = new Set<string>();
    let hits = 0;
    let s = 0;
    recs.slice(0, k).forEach((item, idx) => {
      if (rel.has(item) && !seen.has(item)) {
        hits++;
        s += hits / (idx + 1);
      }
      seen.add(item);
    });
    total += s / rel.size;
    counted++;
  });
  return counted ? total / counted : 0;
}
