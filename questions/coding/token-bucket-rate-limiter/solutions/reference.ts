export function tokenBucket(capacity: number, rate: number, requests: number[][]): boolean[] {
  let tokens = capacity;
  let last = 0;
  const out: boolean[] = [];
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
