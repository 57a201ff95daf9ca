// Evicts whenever the cache is full before a put, even when the put only updates an existing key.
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
    } else if (capacity > 0) {
      if (cache.size >= capacity) cache.delete(cache.keys().next().value);
      cache.delete(key);
      cache.set(key, value);
    }
  }
  return out;
}
