// Charges denied requests too (the balance goes negative), so fast retries lock the client out.
function tokenBucket(capacity, rate, requests) {
  let tokens = capacity;
  let last = 0;
  return requests.map(([t, cost]) => {
    tokens = Math.min(capacity, tokens + (t - last) * rate);
    last = t;
    const ok = tokens >= cost;
    tokens -= cost;
    return ok;
  });
}
