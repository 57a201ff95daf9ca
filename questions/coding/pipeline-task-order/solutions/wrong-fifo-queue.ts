// Kahn's algorithm with a FIFO queue: a valid order, but a task unblocked later can be smaller than ones already queued.
export function taskOrder(n: number, deps: number[][]): number[] {
  const after: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Array<number>(n).fill(0);
  for (const [a, b] of deps) {
    after[b].push(a);
    waiting[a]++;
  }
  const queue: number[] = [];
  for (let t = 0; t < n; t++) if (waiting[t] === 0) queue.push(t);
  for (let head = 0; head < queue.length; head++) {
    for (const a of after[queue[head]]) if (--waiting[a] === 0) queue.push(a);
  }
  return queue.length === n ? queue : [];
}
