# An update does not count as a use.

class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.last_used = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.counts[key] = self.counts.get(key, 0) + 1
        self.last_used[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        if self.capacity <= 0:
            return
        if key not in self.values and len(self.values) >= self.capacity:
            victim = min(self.values, key=lambda k: (self.counts[k], self.last_used[k]))
            del self.values[victim], self.counts[victim], self.last_used[victim]
        if key in self.values:
            self.values[key] = value
            return
        self.values[key] = value
        self._touch(key)
