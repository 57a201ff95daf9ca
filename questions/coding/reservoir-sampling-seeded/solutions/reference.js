function reservoirSample(stream, k, seed) {
  const reservoir = stream.slice(0, k);
  let state = seed;
  for (let i = k; i < stream.length; i++) {
    state = (1664525 * state + 1013904223) % 4294967296;
    const u = state / 4294967296;
    const j = Math.floor(u * (i + 1));
    if (j < k) reservoir[j] = stream[i];
  }
  return reservoir;
}
