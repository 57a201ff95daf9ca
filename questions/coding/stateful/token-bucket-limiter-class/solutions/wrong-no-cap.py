# Never caps the bucket: an idle client can burst without limit.

class TokenBucket:
    def __init__(self, capacity, refill_per_second):
        if capacity <= 0 or refill_per_second < 0:
            raise ValueError("capacity must be positive and refill_per_second non-negative")
        self.capacity = capacity
        self.rate = refill_per_second
        self.tokens = float(capacity)
        self.last = None

    def allow(self, now):
        if self.last is not None:
            self.tokens = self.tokens + (now - self.last) * self.rate
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False
