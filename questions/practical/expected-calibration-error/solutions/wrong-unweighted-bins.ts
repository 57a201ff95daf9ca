// Averages the per-bin gaps over non-empty bins without weighting them by bin size.
export function expectedCalibrationError(probs: number[][], labels: number[], nBins: number): number {
  const count : number[] = new Array(nBins).fill(0);
  const correct : number[] = new Array(nBins).fill(0);
  const confSum : number[] = new Array(nBins).fill(0);
  probs.forEach((p, i) => {
    let pred = 0;
    for (let j = 1; j < p.length; j++) if (p[j] > p[pred]) pred = j;
    const c = p[pred];
    const b = Math.min(Math.floor(c * nBins), nBins - 1);
    count[b]++;
    if (pred === labels[i]) correct[b]++;
    confSum[b] += c;
  });
  let ece = 0;
  for (let b = 0; b < nBins; b++) {
    if (count[b] === 0) continue;
    ece += Math.abs(correct[b] / count[b] - confSum[b] / count[b]);
  }
  return ece / count.filter((c) => c > 0).length;
}
