function tokenBucket(capacity, rate, requests) {
  let tokens = capacity;
  let last = 0;
  const out = [];
  for (const [t, cost] of requests) {
    tokens = Math.min(capacity, tokens + (t - last) * rate);
    last = t;
    if (tokens >= cost) {
      tokens -= cost;
      out.push(true);
    } else {
      out.push(false);
    }
  }
  return out;
}
