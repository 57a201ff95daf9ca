class HitCounter {
  constructor(window) {
    this.window = window;
    this.hits = [];
    this.head = 0;
  }

  hit(t) {
    this.hits.push(t);
  }

  count(t) {
    while (this.head < this.hits.length && this.hits[this.head] <= t - this.window) this.head++;
    return this.hits.length - this.head;
  }
}
