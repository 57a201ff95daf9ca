// Seeds the average with the first value instead of bias-correcting, which over-weights that value.
export function smooth(values: (number | null)[], weight: number): (number | null)[] {
  let m: number | null = null;
  return values.map((x) => {
    if (x === null) return null;
    m = m === null ? x : weight * m + (1 - weight) * x;
    return m;
  });
}
