// Keeps both writes at the same time; the first one wins.

class FeatureStore {
  constructor() {
    this.series = new Map();
  }

  put(entity, feature, value, ts) {
    const key = JSON.stringify([entity, feature]);
    if (!this.series.has(key)) this.series.set(key, []);
    const points = this.series.get(key);
    const same = points.find((p) => p.ts === ts);
    {
      points.push({ ts, value });
      points.sort((a, b) => a.ts - b.ts || 1);
    }
  }

  get(entity, feature, asOf) {
    const points = this.series.get(JSON.stringify([entity, feature])) ?? [];
    let found = null;
    let last = -Infinity;
    for (const p of points) if (p.ts <= asOf && (found === null || p.ts > last)) { found = p.value; last = p.ts; }
    return found;
  }
}
