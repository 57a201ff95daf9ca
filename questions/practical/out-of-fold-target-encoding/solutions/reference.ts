export function targetEncodeOof(categories: string[], labels: number[], folds: number[], smoothing: number): number[] {
  const foldIds = [...new Set(folds)];
  const out: number[] = new Array(labels.length);
  for (const f of foldIds) {
    let pn = 0;
    let ps = 0;
    const n = new Map<string, number>();
    const s = new Map<string, number>();
    for (let i = 0; i < labels.length; i++) {
      if (folds[i] === f) continue;
      pn++;
      ps += labels[i];
      const c = categories[i];
      n.set(c, (n.get(c) ?? 0) + 1);
      s.set(c, (s.get(c) ?? 0) + labels[i]);
    }
    const prior = ps / pn;
    for (let i = 0; i < labels.length; i++) {
      if (folds[i] !== f) continue;
      const cn = n.get(categories[i]) ?? 0;
      const cs = s.get(categories[i]) ?? 0;
      out[i] = cn + smoothing === 0 ? prior : (cs + smoothing * prior) / (cn + smoothing);
    }
  }
  return out;
}
