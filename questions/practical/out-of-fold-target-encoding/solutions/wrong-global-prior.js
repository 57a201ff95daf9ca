// Category counts are out of fold, but the prior is the global mean, which still contains the row's own label.
function targetEncodeOof(categories, labels, folds, smoothing) {
  const prior = labels.reduce((a, y) => a + y, 0) / labels.length;
  return categories.map((c, i) => {
    let n = 0;
    let s = 0;
    for (let j = 0; j < labels.length; j++) {
      if (folds[j] !== folds[i] && categories[j] === c) {
        n++;
        s += labels[j];
      }
    }
    return n + smoothing === 0 ? prior : (s + smoothing * prior) / (n + smoothing);
  });
}
