// Throws a plain Error, not a RangeError.
function normalizeWeights(weights) {
  const entries = Object.entries(weights);
  if (entries.length === 0) throw new Error("empty: no class weights given");
  for (const [name, w] of entries) {
    if (w < 0) throw new Error(`negative weight for class ${name}: ${w}`);
  }
  const total = entries.reduce((s, [, w]) => s + w, 0);
  if (total === 0) throw new Error("every weight is zero");
  return Object.fromEntries(entries.map(([name, w]) => [name, w / total]));
}
