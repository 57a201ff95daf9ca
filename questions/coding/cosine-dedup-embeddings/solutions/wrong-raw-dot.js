// Thresholds the raw dot product instead of the cosine similarity, so vector length decides.
function dedup(embeddings, threshold) {
  const kept = [];
  embeddings.forEach((v, i) => {
    if (kept.every((k) => embeddings[k].reduce((s, x, j) => s + x * v[j], 0) < threshold)) kept.push(i);
  });
  return kept;
}
