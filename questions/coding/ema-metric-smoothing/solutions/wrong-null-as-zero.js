// Treats a missing value as 0 (and still outputs null there), dragging the average down after every gap.
function smooth(values, weight) {
  let m = 0;
  let k = 0;
  return values.map((x) => {
    k++;
    m = weight * m + (1 - weight) * (x ?? 0);
    return x === null ? null : m / (1 - weight ** k);
  });
}
