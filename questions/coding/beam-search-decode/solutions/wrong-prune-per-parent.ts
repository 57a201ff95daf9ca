// Keeps the B best children of each hypothesis instead of the B best candidates overall, so the beam grows.
type Hyp = { tokens: string[]; score: number };

function compareHyp(a: Hyp, b: Hyp): number {
  if (a.score !== b.score) return b.score - a.score;
  const ka = a.tokens.join(" ");
  const kb = b.tokens.join(" ");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function beamSearch(table: Record<string, Record<string, number>>, beamWidth: number, maxLen: number): Hyp {
  let beam: Hyp[] = [{ tokens: [], score: 0 }];
  const finished: Hyp[] = [];
  for (let step = 0; step < maxLen; step++) {
    const next: Hyp[] = [];
    for (const h of beam) {
      const opts = table[h.tokens.join(" ")];
      const kids = Object.keys(opts).map((t) => ({ tokens: [...h.tokens, t], score: h.score + opts[t] }));
      next.push(...kids.sort(compareHyp).slice(0, beamWidth));
    }
    beam = [];
    for (const h of next) (h.tokens[h.tokens.length - 1] === "</s>" ? finished : beam).push(h);
    if (beam.length === 0) break;
  }
  finished.push(...beam);
  return finished.sort(compareHyp)[0];
}
