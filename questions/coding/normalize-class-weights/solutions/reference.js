function normalizeWeights(weights) {
  const entries = Object.entries(weights);
  if (entries.length === 0) throw new RangeError("empty: no class weights given");
  for (const [name, w] of entries) {
    if (w < 0) throw new RangeError(`negative weight for class ${name}: ${w}`);
  }
  const total = entries.reduce((s, [, w]) => s + w, 0);
  if (total === 0) throw new RangeError("every weight is zero");
  return Object.fromEntries(entries.map(([name, w]) => [name, w / total]));
}
