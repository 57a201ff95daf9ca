// Warms up with s / W, so step 0 has a learning rate of 0.
export function lrSchedule(steps: number[], baseLr: number, minLr: number, warmupSteps: number, totalSteps: number): number[] {
  return steps.map((s) => {
    if (s < warmupSteps) return (baseLr * s) / warmupSteps;
    let p = (s - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    p = Math.min(Math.max(p, 0), 1);
    return minLr + 0.5 * (baseLr - minLr) * (1 + Math.cos(Math.PI * p));
  });
}
