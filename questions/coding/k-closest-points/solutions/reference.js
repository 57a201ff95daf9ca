function kClosest(points, k) {
  // Max-heap of [dist2, index], ordered by dist2 then index.
  const heap = [];
  const above = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const swap = (i, j) => { const t = heap[i]; heap[i] = heap[j]; heap[j] = t; };
  function push(item) {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!above(heap[i], heap[p])) break;
      swap(i, p);
      i = p;
    }
  }
  function pop() {
    const last = heap.pop();
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && above(heap[l], heap[m])) m = l;
      if (r < heap.length && above(heap[r], heap[m])) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  }
  points.forEach(([x, y], i) => {
    push([x * x + y * y, i]);
    if (heap.length > k) pop();
  });
  heap.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return heap.map(([, i]) => points[i]);
}
