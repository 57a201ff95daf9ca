class TopKTracker:
    def __init__(self, k):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.scores = {}

    def add(self, item, delta):
        self.scores[item] = self.scores.get(item, 0) + delta

    def top(self):
        ranked = sorted(self.scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [item for item, _ in ranked[: self.k]]
