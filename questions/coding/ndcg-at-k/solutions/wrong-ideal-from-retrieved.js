// Builds the ideal ranking from the retrieved top k only, so missing relevant documents costs nothing.
function ndcgAtK(scores, relevance, k) {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const dcg = (rels) => {
    let s = 0;
    for (let i = 0; i < Math.min(k, rels.length); i++) s += (2 ** rels[i] - 1) / Math.log2(i + 2);
    return s;
  };
  const ideal = dcg(order.slice(0, k).map((i) => relevance[i]).sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return dcg(order.map((i) => relevance[i])) / ideal;
}
