const END = "</s>";

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
    const cand: Hyp[] = [];
    for (const h of beam) {
      const next = table[h.tokens.join(" ")];
      for (const tok of Object.keys(next)) cand.push({ tokens: [...h.tokens, tok], score: h.score + next[tok] });
    }
    cand.sort(compareHyp);
    beam = [];
    for (const h of cand.slice(0, beamWidth)) (h.tokens[h.tokens.length - 1] === END ? finished : beam).push(h);
    if (beam.length === 0) break;
  }
  finished.push(...beam);
  finished.sort(compareHyp);
  return finished[0];
}
