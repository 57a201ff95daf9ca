class ExperimentTracker:
    def __init__(self):
        pass

    def start_run(self, name):
        pass

    def log_metric(self, run_id, key, value):
        pass

    def latest(self, run_id, key):
        pass

    def best_run(self, key, mode):
        pass
