// Keeps one counter per bracket type, which checks the counts but not the nesting order ("([)]" passes).
function isBalanced(code) {
  const depth = { "(": 0, "[": 0, "{": 0 };
  const opener = { ")": "(", "]": "[", "}": "{" };
  for (const ch of code) {
    if (ch in depth) depth[ch]++;
    else if (ch in opener) {
      if (--depth[opener[ch]] < 0) return false;
    }
  }
  return Object.values(depth).every((v) => v === 0);
}
