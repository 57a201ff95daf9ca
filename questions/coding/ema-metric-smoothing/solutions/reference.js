function smooth(values, weight) {
  let m = 0;
  let k = 0;
  return values.map((x) => {
    if (x === null) return null;
    k++;
    m = weight * m + (1 - weight) * x;
    return m / (1 - weight ** k);
  });
}
