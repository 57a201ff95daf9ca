class TokenBucket:
    def __init__(self, capacity, refill_per_second):
        pass

    def allow(self, now):
        pass
