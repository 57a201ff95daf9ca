// Omits the 1 - weight^k correction, so the curve starts biased towards 0.
function smooth(values, weight) {
  let m = 0;
  return values.map((x) => {
    if (x === null) return null;
    m = weight * m + (1 - weight) * x;
    return m;
  });
}
