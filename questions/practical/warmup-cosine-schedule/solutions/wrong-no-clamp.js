// Does not clamp the cosine progress, so the learning rate rises again after total_steps.
function lrSchedule(steps, baseLr, minLr, warmupSteps, totalSteps) {
  return steps.map((s) => {
    if (s < warmupSteps) return (baseLr * (s + 1)) / warmupSteps;
    const p = (s - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return minLr + 0.5 * (baseLr - minLr) * (1 + Math.cos(Math.PI * p));
  });
}
