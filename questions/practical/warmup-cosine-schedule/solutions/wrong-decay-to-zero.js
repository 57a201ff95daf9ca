// Ignores min_lr: decays base_lr to 0.
function lrSchedule(steps, baseLr, minLr, warmupSteps, totalSteps) {
  return steps.map((s) => {
    if (s < warmupSteps) return (baseLr * (s + 1)) / warmupSteps;
    let p = (s - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    p = Math.min(Math.max(p, 0), 1);
    return 0.5 * baseLr * (1 + Math.cos(Math.PI * p));
  });
}
