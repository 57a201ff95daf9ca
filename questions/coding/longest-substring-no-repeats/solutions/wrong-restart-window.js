// On a repeat, restarts the window at the current character instead of just past the earlier copy.
function longestUniqueSubstring(s) {
  let window = new Set();
  let best = 0;
  for (const ch of s) {
    if (window.has(ch)) window = new Set();
    window.add(ch);
    best = Math.max(best, window.size);
  }
  return best;
}
