// Normalises by the number of hits instead of min(|R|, k), so missed relevant items cost nothing.
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
    total += hits ? s / hits : 0;
    counted++;
  });
  return counted ? total / counted : 0;
}
