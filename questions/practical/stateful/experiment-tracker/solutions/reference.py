class ExperimentTracker:
    def __init__(self):
        self.runs = []
        self.metrics = {}

    def start_run(self, name):
        self.runs.append(name)
        run_id = len(self.runs)
        self.metrics[run_id] = {}
        return run_id

    def log_metric(self, run_id, key, value):
        if run_id not in self.metrics:
            raise ValueError("unknown run " + str(run_id))
        self.metrics[run_id].setdefault(key, []).append(value)

    def latest(self, run_id, key):
        if run_id not in self.metrics:
            raise ValueError("unknown run " + str(run_id))
        values = self.metrics[run_id].get(key)
        return values[-1] if values else None

    def best_run(self, key, mode):
        if mode not in ("max", "min"):
            raise ValueError("mode must be max or min")
        best = None
        for run_id in sorted(self.metrics):
            values = self.metrics[run_id].get(key)
            if not values:
                continue
            score = max(values) if mode == "max" else min(values)
            if best is None or (score > best[1] if mode == "max" else score < best[1]):
                best = (run_id, score)
        return best[0] if best else None
