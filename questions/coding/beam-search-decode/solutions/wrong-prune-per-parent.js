// Keeps the B best children of each hypothesis instead of the B best candidates overall, so the beam grows.
function compareHyp(a, b) {
  if (a.score !== b.score) return b.score - a.score;
  const ka = a.tokens.join(" ");
  const kb = b.tokens.join(" ");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function beamSearch(table, beamWidth, maxLen) {
  let beam = [{ tokens: [], score: 0 }];
  const finished = [];
  for (let step = 0; step < maxLen; step++) {
    const next = [];
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
