// Measures cosine progress as s / total_steps, so the rate drops abruptly when warmup ends.
function lrSchedule(steps, baseLr, minLr, warmupSteps, totalSteps) {
  return steps.map((s) => {
    if (s < warmupSteps) return (baseLr * (s + 1)) / warmupSteps;
    let p = s / Math.max(1, totalSteps);
    p = Math.min(Math.max(p, 0), 1);
    return minLr + 0.5 * (baseLr - minLr) * (1 + Math.cos(Math.PI * p));
  });
}
