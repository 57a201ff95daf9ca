function countTriplets(nums, target) {
  const a = [...nums].sort((x, y) => x - y);
  const n = a.length;
  let count = 0;
  for (let i = 0; i < n - 2; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1, hi = n - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
      if (s < target) lo++;
      else if (s > target) hi--;
      else {
        count++;
        const vLo = a[lo], vHi = a[hi];
        while (lo < hi && a[lo] === vLo) lo++;
        while (lo < hi && a[hi] === vHi) hi--;
      }
    }
  }
  return count;
}
