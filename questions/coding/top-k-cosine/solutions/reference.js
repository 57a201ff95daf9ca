function topKCosine(query, docs, k) {
  const norm = (v) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  const qNorm = norm(query);
  const scored = docs.map((doc, i) => {
    let dot = 0;
    for (let j = 0; j < query.length; j++) dot += query[j] * doc[j];
    return { i, score: dot / (qNorm * norm(doc)) };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, k).map((s) => s.i);
}
