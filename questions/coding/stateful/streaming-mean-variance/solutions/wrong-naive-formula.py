# Uses E[x^2] - E[x]^2, which cancels catastrophically for large values.
class RunningStats:
    def __init__(self):
        self.n = 0
        self.s = 0.0
        self.s2 = 0.0

    def push(self, x):
        self.n += 1
        self.s += x
        self.s2 += x * x

    def count(self):
        return self.n

    def mean(self):
        if self.n == 0:
            raise ValueError("no values yet")
        return self.s / self.n

    def variance(self):
        if self.n == 0:
            raise ValueError("no values yet")
        return self.s2 / self.n - (self.s / self.n) ** 2
