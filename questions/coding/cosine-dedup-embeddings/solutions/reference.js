function dedup(embeddings, threshold) {
  const kept = [];
  const units = [];
  embeddings.forEach((v, i) => {
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    const u = v.map((x) => x / norm);
    const duplicate = units.some((w) => {
      let dot = 0;
      for (let j = 0; j < u.length; j++) dot += u[j] * w[j];
      return dot >= threshold;
    });
    if (!duplicate) {
      kept.push(i);
      units.push(u);
    }
  });
  return kept;
}
