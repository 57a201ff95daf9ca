class Heap {
  // before(a, b) is true when a belongs above b.
  constructor(before) {
    this.items = [];
    this.before = before;
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(x) {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l], a[m])) m = l;
        if (r < a.length && this.before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

function runningMedian(values) {
  const low = new Heap((a, b) => a > b); // max-heap: smaller half
  const high = new Heap((a, b) => a < b); // min-heap: larger half
  const out = [];
  for (const x of values) {
    low.push(x);
    high.push(low.pop());
    if (high.size > low.size) low.push(high.pop());
    out.push(low.size > high.size ? low.peek() : (low.peek() + high.peek()) / 2);
  }
  return out;
}
