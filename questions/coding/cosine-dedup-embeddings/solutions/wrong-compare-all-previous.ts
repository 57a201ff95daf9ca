// Compares each vector with every earlier vector, including dropped ones, so near-duplicate chains swallow distinct items.
export function dedup(embeddings: number[][], threshold: number): number[] {
  const units: number[][] = [];
  const kept: number[] = [];
  embeddings.forEach((v, i) => {
    const norm = Math.hypot(...v);
    const u = v.map((x) => x / norm);
    if (units.every((w) => w.reduce((s, x, j) => s + x * u[j], 0) < threshold)) kept.push(i);
    units.push(u);
  });
  return kept;
}
