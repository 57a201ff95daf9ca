// Pops on <= instead of <, so an equal later score counts as higher.
export function daysUntilHigher(scores: number[]): number[] {
  const wait = new Array<number>(scores.length).fill(0);
  const stack: number[] = [];
  scores.forEach((s, i) => {
    while (stack.length > 0 && scores[stack[stack.length - 1]] <= s) {
      const j = stack.pop()!;
      wait[j] = i - j;
    }
    stack.push(i);
  });
  return wait;
}
