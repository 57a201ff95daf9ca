// Does not clamp the cosine progress, so the learning rate rises again after total_steps.
export function lrSchedule(steps: number[], baseLr: number, minLr: number, warmupSteps: number, totalSteps: number): number[] {
  return steps.map((s) => {
    if (s < warmupSteps) return (baseLr * (s + 1)) / warmupSteps;
    const p = (s - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return minLr + 0.5 * (baseLr - minLr) * (1 + Math.cos(Math.PI * p));
  });
}
