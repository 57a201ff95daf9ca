class ExperimentTracker {
  constructor() {}

  startRun(name) {}

  logMetric(runId, key, value) {}

  latest(runId, key) {}

  bestRun(key, mode) {}
}
