class TokenBucket {
  constructor(capacity, refillPerSecond) {}

  allow(now) {}
}
