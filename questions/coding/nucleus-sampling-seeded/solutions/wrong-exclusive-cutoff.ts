// Stops before the token that makes the running sum reach top_p, so the nucleus is one token too small.
export function sampleTopP(logits: number[], temperature: number, topP: number, seed: number, n: number): number[] {
  if (temperature === 0) {
    let best = 0;
    for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
    return new Array<number>(n).fill(best);
  }
  const z = logits.map((x) => x / temperature);
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  const e = z.map((v) => Math.exp(v - m));
  let total = 0;
  for (const v of e) total += v;
  const p = e.map((v) => v / total);
  const order = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  const kept: number[] = [];
  let cum = 0;
  for (const i of order) {
    if (kept.length > 0 && cum + p[i] >= topP) break;
    kept.push(i);
    cum += p[i];
  }
  let mass = 0;
  for (const i of kept) mass += p[i];
  const q = kept.map((i) => p[i] / mass);
  let state = seed;
  const out: number[] = [];
  for (let d = 0; d < n; d++) {
    state = (1664525 * state + 1013904223) % 4294967296;
    const u = state / 4294967296;
    let run = 0;
    let pick = kept[kept.length - 1];
    for (let j = 0; j < kept.length; j++) {
      run += q[j];
      if (u < run) {
        pick = kept[j];
        break;
      }
    }
    out.push(pick);
  }
  return out;
}
