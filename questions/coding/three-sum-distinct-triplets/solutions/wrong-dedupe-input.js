// Removes duplicate values up front, losing triplets that use a value twice or three times.
function countTriplets(nums, target) {
  const a = [...new Set(nums)].sort((x, y) => x - y);
  const n = a.length;
  let count = 0;
  for (let i = 0; i < n - 2; i++) {
    let lo = i + 1, hi = n - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
      if (s < target) lo++;
      else if (s > target) hi--;
      else {
        count++;
        lo++;
        hi--;
      }
    }
  }
  return count;
}
