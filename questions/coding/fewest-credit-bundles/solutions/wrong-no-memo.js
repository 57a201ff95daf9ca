// Correct recursion but no memoisation: the same sub-amounts are re-solved exponentially often.
function fewestBundles(sizes, amount) {
  function solve(a) {
    if (a === 0) return 0;
    let best = -1;
    for (const s of sizes) {
      if (s > a) continue;
      const sub = solve(a - s);
      if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
    }
    return best;
  }
  return solve(amount);
}
