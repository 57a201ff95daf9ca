type Op = ["put", string, number[]] | ["get", string];

export function lruCache(capacity: number, ops: Op[]): (number[] | null)[] {
  const cache = new Map<string, number[]>();
  const out: (number[] | null)[] = [];
  for (const op of ops) {
    const key = op[1];
    if (op[0] === "get") {
      const v = cache.get(key);
      if (v !== undefined) {
        cache.delete(key);
        cache.set(key, v);
        out.push(v);
      } else {
        out.push(null);
      }
    } else {
      if (capacity === 0) continue;
      cache.delete(key);
      cache.set(key, op[2]);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    }
  }
  return out;
}
