function rocAuc(scores, labels) {
  const n = scores.length;
  let pos = 0;
  for (const y of labels) if (y === 1) pos++;
  const neg = n - pos;
  if (pos === 0 || neg === 0) return null;
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const rank = new Array(n).fill(0);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) rank[order[t]] = avg;
    i = j + 1;
  }
  let rPos = 0;
  for (let k = 0; k < n; k++) if (labels[k] === 1) rPos += rank[k];
  return (rPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
