// Never checks that every task ran, so a cyclic pipeline returns a partial order instead of [].
class MinHeap {
  private a: number[] = [];
  get size(): number {
    return this.a.length;
  }
  push(x: number): void {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): number {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

export function taskOrder(n: number, deps: number[][]): number[] {
  const after: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Array<number>(n).fill(0);
  for (const [a, b] of deps) {
    after[b].push(a);
    waiting[a]++;
  }
  const ready = new MinHeap();
  for (let t = 0; t < n; t++) if (waiting[t] === 0) ready.push(t);
  const order: number[] = [];
  while (ready.size > 0) {
    const t = ready.pop();
    order.push(t);
    for (const a of after[t]) if (--waiting[a] === 0) ready.push(a);
  }
  return order;
}
