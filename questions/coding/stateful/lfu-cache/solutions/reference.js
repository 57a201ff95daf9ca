class LFUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.values = new Map();
    this.counts = new Map();
    this.lastUsed = new Map();
    this.clock = 0;
  }

  touch(key) {
    this.clock += 1;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.lastUsed.set(key, this.clock);
  }

  get(key) {
    if (!this.values.has(key)) return -1;
    this.touch(key);
    return this.values.get(key);
  }

  put(key, value) {
    if (this.capacity <= 0) return;
    if (!this.values.has(key) && this.values.size >= this.capacity) {
      let victim;
      for (const k of this.values.keys()) {
        if (victim === undefined || this.counts.get(k) < this.counts.get(victim) ||
            (this.counts.get(k) === this.counts.get(victim) && this.lastUsed.get(k) < this.lastUsed.get(victim))) victim = k;
      }
      this.values.delete(victim);
      this.counts.delete(victim);
      this.lastUsed.delete(victim);
    }
    this.values.set(key, value);
    this.touch(key);
  }
}
