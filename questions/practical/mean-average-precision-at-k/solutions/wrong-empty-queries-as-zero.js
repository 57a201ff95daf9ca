// Counts queries with no relevant items as AP 0 instead of skipping them.
function mapAtK(recommended, relevant, k) {
  let total = 0;
  let counted = 0;
  recommended.forEach((recs, q) => {
    const rel = new Set(relevant[q]);
    if (rel.size === 0) { counted++; return; }
    const seen = new Set();
    let hits = 0;
    let s = 0;
    recs.slice(0, k).forEach((item, idx) => {
      if (rel.has(item) && !seen.has(item)) {
        hits++;
        s += hits / (idx + 1);
      }
      seen.add(item);
    });
    total += s / Math.min(rel.size, k);
    counted++;
  });
  return counted ? total / counted : 0;
}
