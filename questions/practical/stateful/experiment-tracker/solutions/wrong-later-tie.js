// Gives ties to the later run.

class ExperimentTracker {
  constructor() {
    this.metrics = new Map();
    this.next = 1;
  }

  startRun(name) {
    const id = this.next++;
    this.metrics.set(id, new Map());
    return id;
  }

  logMetric(runId, key, value) {
    if (!this.metrics.has(runId)) throw new RangeError("unknown run " + runId);
    const run = this.metrics.get(runId);
    if (!run.has(key)) run.set(key, []);
    run.get(key).push(value);
  }

  latest(runId, key) {
    if (!this.metrics.has(runId)) throw new RangeError("unknown run " + runId);
    const values = this.metrics.get(runId).get(key);
    return values && values.length ? values[values.length - 1] : null;
  }

  bestRun(key, mode) {
    if (mode !== "max" && mode !== "min") throw new RangeError("mode must be max or min");
    let best = null;
    for (const [id, run] of this.metrics) {
      const values = run.get(key);
      if (!values || values.length === 0) continue;
      const score = mode === "max" ? Math.max(...values) : Math.min(...values);
      if (best === null || (mode === "max" ? score >= best.score : score <= best.score)) best = { id, score };
    }
    return best ? best.id : null;
  }
}
