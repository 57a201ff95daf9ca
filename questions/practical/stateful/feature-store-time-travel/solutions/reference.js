class FeatureStore {
  constructor() {
    this.series = new Map();
  }

  put(entity, feature, value, ts) {
    const key = JSON.stringify([entity, feature]);
    if (!this.series.has(key)) this.series.set(key, []);
    const points = this.series.get(key);
    const same = points.find((p) => p.ts === ts);
    if (same) same.value = value;
    else {
      points.push({ ts, value });
      points.sort((a, b) => a.ts - b.ts);
    }
  }

  get(entity, feature, asOf) {
    const points = this.series.get(JSON.stringify([entity, feature])) ?? [];
    let found = null;
    for (const p of points) if (p.ts <= asOf) found = p.value;
    return found;
  }
}
