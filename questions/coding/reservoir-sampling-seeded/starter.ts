/** Algorithm R with the seeded LCG; the reservoir in slot order. */
export function reservoirSample(stream: string[], k: number, seed: number): string[] {
  return [];
}
