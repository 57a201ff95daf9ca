class TokenBucket {
  constructor(capacity, refillPerSecond) {
    if (capacity <= 0 || refillPerSecond < 0) throw new RangeError("capacity must be positive and refillPerSecond non-negative");
    this.capacity = capacity;
    this.rate = refillPerSecond;
    this.tokens = capacity;
    this.last = null;
  }

  allow(now) {
    if (this.last !== null) this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}
