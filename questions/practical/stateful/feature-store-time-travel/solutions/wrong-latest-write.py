# Returns the last value written before as_of in arrival order: breaks on backfills.
class FeatureStore:
    def __init__(self):
        self.points = {}

    def put(self, entity, feature, value, ts):
        self.points.setdefault((entity, feature), []).append((ts, value))

    def get(self, entity, feature, as_of):
        found = None
        for ts, value in self.points.get((entity, feature), []):
            if ts <= as_of:
                found = value
        return found
