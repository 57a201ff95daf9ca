// Accepts k = 0.

class TopKTracker {
  constructor(k) {
    this.k = k;
    this.scores = new Map();
  }

  add(item, delta) {
    this.scores.set(item, (this.scores.get(item) ?? 0) + delta);
  }

  top() {
    return [...this.scores.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, this.k)
      .map(([item]) => item);
  }
}
