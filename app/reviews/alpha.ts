// Krippendorff's alpha for reliability data with missing values ("Computing
// Krippendorff's Alpha-Reliability", 2011): 1 - observed / expected disagreement,
// over the pairable values only (units with two or more values).

export type Metric = "interval" | "nominal";

const delta = (metric: Metric) => (a: number, b: number) => (metric === "interval" ? (a - b) ** 2 : a === b ? 0 : 1);

/**
 * units: one array per unit of the values the coders gave it (missing ones left out).
 * Returns null when there is nothing to compare (fewer than two pairable values, or
 * no variation at all, where alpha is undefined).
 */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: Metric = "interval"): number | null {
  const d = delta(metric);
  const pairable = units.filter((u) => u.length >= 2);
  const values = pairable.flat();
  const n = values.length;
  if (n < 2) return null;
  let observed = 0;
  for (const unit of pairable) {
    let sum = 0;
    for (let i = 0; i < unit.length; i++) for (let j = 0; j < unit.length; j++) if (i !== j) sum += d(unit[i], unit[j]);
    observed += sum / (unit.length - 1);
  }
  observed /= n;
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) expected += d(values[i], values[j]);
  expected /= n * (n - 1);
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** Share of value pairs within one unit that are equal, and that lie within `within` of each other. */
export function pairAgreement(units: readonly (readonly number[])[], within = 1) {
  let pairs = 0;
  let exact = 0;
  let close = 0;
  for (const unit of units) {
    for (let i = 0; i < unit.length; i++) {
      for (let j = i + 1; j < unit.length; j++) {
        pairs++;
        if (unit[i] === unit[j]) exact++;
        if (Math.abs(unit[i] - unit[j]) <= within + 1e-9) close++;
      }
    }
  }
  return { pairs, exact: pairs ? exact / pairs : null, withinOne: pairs ? close / pairs : null };
}
