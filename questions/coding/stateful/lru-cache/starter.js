class LRUCache {
  constructor(capacity) {}

  get(key) {}

  put(key, value) {}
}
