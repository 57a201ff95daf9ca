// Resolves at most one waiting day per new day (if instead of while), leaving earlier days unanswered.
export function daysUntilHigher(scores: number[]): number[] {
  const wait = new Array<number>(scores.length).fill(0);
  const stack: number[] = [];
  scores.forEach((s, i) => {
    if (stack.length > 0 && scores[stack[stack.length - 1]] < s) {
      const j = stack.pop()!;
      wait[j] = i - j;
    }
    stack.push(i);
  });
  return wait;
}
