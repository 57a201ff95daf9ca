// On a repeat, restarts the window at the current character instead of just past the earlier copy.
export function longestUniqueSubstring(s: string): number {
  let window = new Set<string>();
  let best = 0;
  for (const ch of s) {
    if (window.has(ch)) window = new Set<string>();
    window.add(ch);
    best = Math.max(best, window.size);
  }
  return best;
}
