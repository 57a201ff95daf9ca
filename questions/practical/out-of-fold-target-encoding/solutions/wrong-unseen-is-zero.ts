// Gives categories never seen out of fold an encoding of 0 instead of the prior (wrong when smoothing is 0).
export function targetEncodeOof(categories: string[], labels: number[], folds: number[], smoothing: number): number[] {
  return categories.map((c, i) => {
    let pn = 0, ps = 0, n = 0, s = 0;
    for (let j = 0; j < labels.length; j++) {
      if (folds[j] === folds[i]) continue;
      pn++;
      ps += labels[j];
      if (categories[j] === c) {
        n++;
        s += labels[j];
      }
    }
    const prior = ps / pn;
    return n === 0 && smoothing === 0 ? 0 : (s + smoothing * prior) / (n + smoothing);
  });
}
