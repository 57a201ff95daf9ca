// Never caps the refill at capacity, so an idle period banks an unlimited burst.
function tokenBucket(capacity, rate, requests) {
  let tokens = capacity;
  let last = 0;
  return requests.map(([t, cost]) => {
    tokens += (t - last) * rate;
    last = t;
    const ok = tokens >= cost;
    if (ok) tokens -= cost;
    return ok;
  });
}
