// Averages the two middle values with an integer shift, flooring medians like 4.5 to 4.
class Heap {
  private items: number[] = [];
  // before(a, b) is true when a belongs above b.
  constructor(private before: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0];
  }
  push(x: number): void {
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
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
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

export function runningMedian(values: number[]): number[] {
  const low = new Heap((a, b) => a > b);
  const high = new Heap((a, b) => a < b);
  const out: number[] = [];
  for (const x of values) {
    low.push(x);
    high.push(low.pop());
    if (high.size > low.size) low.push(high.pop());
    out.push(low.size > high.size ? low.peek() : (low.peek() + high.peek()) >> 1);
  }
  return out;
}
