// Seeds the average with the first value instead of bias-correcting, which over-weights that value.
function smooth(values, weight) {
  let m = null;
  return values.map((x) => {
    if (x === null) return null;
    m = m === null ? x : weight * m + (1 - weight) * x;
    return m;
  });
}
