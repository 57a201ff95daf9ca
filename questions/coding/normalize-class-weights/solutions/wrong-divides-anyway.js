// Never validates: NaN weights for an empty or all-zero input, negative weights kept.
function normalizeWeights(weights) {
  const entries = Object.entries(weights);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  return Object.fromEntries(entries.map(([name, w]) => [name, w / total]));
}
