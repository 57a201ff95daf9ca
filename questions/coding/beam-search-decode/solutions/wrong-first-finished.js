// Stops as soon as any kept hypothesis ends in </s> and returns it, although a better one may still finish later.
function compareHyp(a, b) {
  if (a.score !== b.score) return b.score - a.score;
  const ka = a.tokens.join(" ");
  const kb = b.tokens.join(" ");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function beamSearch(table, beamWidth, maxLen) {
  let beam = [{ tokens: [], score: 0 }];
  for (let step = 0; step < maxLen; step++) {
    const cand = [];
    for (const h of beam) {
      const opts = table[h.tokens.join(" ")];
      for (const t of Object.keys(opts)) cand.push({ tokens: [...h.tokens, t], score: h.score + opts[t] });
    }
    const kept = cand.sort(compareHyp).slice(0, beamWidth);
    const done = kept.find((h) => h.tokens[h.tokens.length - 1] === "</s>");
    if (done) return done;
    beam = kept;
  }
  return beam.sort(compareHyp)[0];
}
