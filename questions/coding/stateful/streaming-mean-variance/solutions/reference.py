class RunningStats:
    def __init__(self):
        self.n = 0
        self.mu = 0.0
        self.m2 = 0.0

    def push(self, x):
        self.n += 1
        delta = x - self.mu
        self.mu += delta / self.n
        self.m2 += delta * (x - self.mu)

    def count(self):
        return self.n

    def mean(self):
        if self.n == 0:
            raise ValueError("no values yet")
        return self.mu

    def variance(self):
        if self.n == 0:
            raise ValueError("no values yet")
        return self.m2 / self.n
