export function stratifiedSplit(labels: string[], testPercent: number, seed: number): { train: number[]; test: number[] } {
  let state = seed;
  const nextU = () => {
    state = (1664525 * state + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const groups = new Map<string, number[]>();
  labels.forEach((y, i) => {
    if (!groups.has(y)) groups.set(y, []);
    groups.get(y)!.push(i);
  });
  const train: number[] = [];
  const test: number[] = [];
  for (const y of [...groups.keys()].sort()) {
    const idx = groups.get(y)!;
    const nTest = Math.floor((idx.length * testPercent + 50) / 100);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(nextU() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    test.push(...idx.slice(0, nTest));
    train.push(...idx.slice(nTest));
  }
  const asc = (a: number, b: number) => a - b;
  return { train: train.sort(asc), test: test.sort(asc) };
}
