# Ignores a write made exactly at as_of.

import bisect


class FeatureStore:
    def __init__(self):
        self.series = {}

    def put(self, entity, feature, value, ts):
        times, values = self.series.setdefault((entity, feature), ([], []))
        i = bisect.bisect_right(times, ts)
        if i > 0 and times[i - 1] == ts:
            values[i - 1] = value
            return
        times.insert(i, ts)
        values.insert(i, value)

    def get(self, entity, feature, as_of):
        times, values = self.series.get((entity, feature), ([], []))
        i = bisect.bisect_left(times, as_of)
        return values[i - 1] if i > 0 else None
