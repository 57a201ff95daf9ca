// Greedy search: always takes the single best next token, ignoring the beam width.
function beamSearch(table, beamWidth, maxLen) {
  const tokens = [];
  let score = 0;
  for (let step = 0; step < maxLen; step++) {
    const options = table[tokens.join(" ")];
    let best = null;
    for (const t of Object.keys(options)) {
      if (best === null || options[t] > options[best] || (options[t] === options[best] && t < best)) best = t;
    }
    tokens.push(best);
    score += options[best];
    if (best === "</s>") break;
  }
  return { tokens, score };
}
