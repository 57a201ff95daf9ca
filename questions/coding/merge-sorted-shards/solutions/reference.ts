type Head = [value: number, shard: number, position: number];

export function mergeShards(shards: number[][]): number[] {
  // Min-heap of [value, shard, position].
  const heap: Head[] = [];
  const below = (a: Head, b: Head) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const swap = (i: number, j: number) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  function push(item: Head): void {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!below(heap[i], heap[p])) break;
      swap(i, p);
      i = p;
    }
  }
  function pop(): Head {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && below(heap[l], heap[m])) m = l;
        if (r < heap.length && below(heap[r], heap[m])) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
    return top;
  }
  shards.forEach((s, i) => {
    if (s.length > 0) push([s[0], i, 0]);
  });
  const out: number[] = [];
  while (heap.length > 0) {
    const [value, i, j] = pop();
    out.push(value);
    if (j + 1 < shards[i].length) push([shards[i][j + 1], i, j + 1]);
  }
  return out;
}
