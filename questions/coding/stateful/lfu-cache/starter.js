class LFUCache {
  constructor(capacity) {}

  get(key) {}

  put(key, value) {}
}
