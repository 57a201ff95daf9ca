from collections import deque


class HitCounter:
    def __init__(self, window):
        self.window = window
        self.hits = deque()

    def hit(self, t):
        self.hits.append(t)

    def count(self, t):
        while self.hits and self.hits[0] <= t - self.window:
            self.hits.popleft()
        return len(self.hits)
