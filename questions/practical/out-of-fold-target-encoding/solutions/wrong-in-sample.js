// The original leak: encodes every row with statistics over all rows, including its own label.
function targetEncodeOof(categories, labels, folds, smoothing) {
  const prior = labels.reduce((a, y) => a + y, 0) / labels.length;
  const n = new Map();
  const s = new Map();
  categories.forEach((c, i) => {
    n.set(c, (n.get(c) ?? 0) + 1);
    s.set(c, (s.get(c) ?? 0) + labels[i]);
  });
  return categories.map((c) => (s.get(c) + smoothing * prior) / (n.get(c) + smoothing));
}
