function lruCache(capacity, ops) {
  const cache = new Map();
  const out = [];
  for (const [kind, key, value] of ops) {
    if (kind === "get") {
      if (cache.has(key)) {
        const v = cache.get(key);
        cache.delete(key);
        cache.set(key, v);
        out.push(v);
      } else {
        out.push(null);
      }
    } else {
      if (capacity === 0) continue;
      cache.delete(key);
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
    }
  }
  return out;
}
