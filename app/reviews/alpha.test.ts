import { describe, expect, it } from "vitest";
import { krippendorffAlpha, pairAgreement } from "./alpha";

// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four
// observers, twelve units, values 1-5, blanks where an observer gave no value.
const _ = null;
const observers = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const units = observers[0].map((_v, u) => observers.map((o) => o[u]).filter((v): v is number => v !== null));

describe("Krippendorff's alpha", () => {
  it("matches the published worked example with missing values: interval 0.849", () => {
    expect(krippendorffAlpha(units, "interval")!.toFixed(3)).toBe("0.849");
  });

  it("matches the published worked example: nominal 0.743", () => {
    expect(krippendorffAlpha(units, "nominal")!.toFixed(3)).toBe("0.743");
  });

  it("ignores units with a single value (unit 12 of the example)", () => {
    expect(krippendorffAlpha(units.slice(0, 11))).toBeCloseTo(krippendorffAlpha(units)!, 12);
  });

  it("is 1 for perfect agreement and undefined with nothing to compare", () => {
    expect(krippendorffAlpha([[1, 1], [3, 3], [2, 2]])).toBe(1);
    expect(krippendorffAlpha([[1], [2]])).toBeNull();
    expect(krippendorffAlpha([[2, 2], [2, 2]])).toBeNull();
  });

  it("falls below zero when coders disagree systematically", () => {
    expect(krippendorffAlpha([[1, 5], [5, 1], [1, 5]])!).toBeLessThan(0);
  });
});

describe("pair agreement", () => {
  it("counts exact and within-one-point pairs", () => {
    const a = pairAgreement([[2, 2], [3, 4], [1, 4]]);
    expect(a.pairs).toBe(3);
    expect(a.exact).toBeCloseTo(1 / 3);
    expect(a.withinOne).toBeCloseTo(2 / 3);
  });
});
