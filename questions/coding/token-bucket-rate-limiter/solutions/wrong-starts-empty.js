// Starts with an empty bucket instead of a full one, so the initial burst is denied.
function tokenBucket(capacity, rate, requests) {
  let tokens = 0;
  let last = 0;
  return requests.map(([t, cost]) => {
    tokens = Math.min(capacity, tokens + (t - last) * rate);
    last = t;
    const ok = tokens >= cost;
    if (ok) tokens -= cost;
    return ok;
  });
}
