function longestIncreasing(scores) {
  const tails = [];
  for (const x of scores) {
    // first index with tails[k] >= x
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
