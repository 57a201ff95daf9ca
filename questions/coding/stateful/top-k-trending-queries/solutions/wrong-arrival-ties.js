// Breaks ties by arrival order instead of name.

class TopKTracker {
  constructor(k) {
    if (k < 1) throw new RangeError("k must be at least 1");
    this.k = k;
    this.scores = new Map();
  }

  add(item, delta) {
    this.scores.set(item, (this.scores.get(item) ?? 0) + delta);
  }

  top() {
    return [...this.scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.k)
      .map(([item]) => item);
  }
}
