// Starts with an empty bucket instead of a full one, so the initial burst is denied.
export function tokenBucket(capacity: number, rate: number, requests: number[][]): boolean[] {
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
