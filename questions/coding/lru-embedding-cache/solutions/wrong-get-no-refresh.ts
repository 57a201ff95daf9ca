// A get hit does not refresh recency, so the cache evicts in insertion (FIFO) order.
type Op = ["put", string, number[]] | ["get", string];

export function lruCache(capacity: number, ops: Op[]): (number[] | null)[] {
  const cache = new Map<string, number[]>();
  const out: (number[] | null)[] = [];
  for (const op of ops) {
    if (op[0] === "get") {
      out.push(cache.get(op[1]) ?? null);
    } else if (capacity > 0) {
      cache.delete(op[1]);
      cache.set(op[1], op[2]);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    }
  }
  return out;
}
