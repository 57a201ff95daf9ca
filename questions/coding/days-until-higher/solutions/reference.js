function daysUntilHigher(scores) {
  const wait = new Array(scores.length).fill(0);
  const stack = [];
  scores.forEach((s, i) => {
    while (stack.length > 0 && scores[stack[stack.length - 1]] < s) {
      const j = stack.pop();
      wait[j] = i - j;
    }
    stack.push(i);
  });
  return wait;
}
