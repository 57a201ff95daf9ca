// Bins with floor(c * M) without clamping, so a confidence of exactly 1.0 falls outside the last bin.
function expectedCalibrationError(probs, labels, nBins) {
  const count = new Array(nBins).fill(0);
  const correct = new Array(nBins).fill(0);
  const confSum = new Array(nBins).fill(0);
  probs.forEach((p, i) => {
    let pred = 0;
    for (let j = 1; j < p.length; j++) if (p[j] > p[pred]) pred = j;
    const c = p[pred];
    const b = Math.floor(c * nBins);
    count[b]++;
    if (pred === labels[i]) correct[b]++;
    confSum[b] += c;
  });
  let ece = 0;
  for (let b = 0; b < nBins; b++) {
    if (count[b] === 0) continue;
    ece += (count[b] / probs.length) * Math.abs(correct[b] / count[b] - confSum[b] / count[b]);
  }
  return ece;
}
