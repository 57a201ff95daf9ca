import { describe, expect, it } from "vitest";
import { canonicalKey, compareValues, numbersClose } from "./compare";

describe("compareValues", () => {
  it("compares primitives strictly", () => {
    expect(compareValues(1, 1)).toBe(true);
    expect(compareValues("1", 1)).toBe(false);
    expect(compareValues(null, undefined)).toBe(false);
    expect(compareValues(true, true)).toBe(true);
    expect(compareValues("abc", "abd")).toBe(false);
  });

  it("accepts numbers within the default absolute/relative tolerance", () => {
    expect(compareValues(0.1 + 0.2, 0.3)).toBe(true);
    expect(compareValues(1e12 + 1e-1, 1e12)).toBe(true); // relative: 1e-13 off
    expect(compareValues(1e-3, 1.1e-3)).toBe(false);
    expect(compareValues(1.5, 1.6, { tolerance: 0.2 })).toBe(true);
    expect(compareValues(1.5, 2, { tolerance: 0.2 })).toBe(false); // 0.5 off: beyond 0.2 absolute and 0.4 relative
    expect(compareValues(10, 11.5, { tolerance: 0.2 })).toBe(true); // within 20% of 11.5
  });

  it("treats NaN as equal to NaN and infinities exactly", () => {
    expect(numbersClose(NaN, NaN, 1e-9)).toBe(true);
    expect(numbersClose(NaN, 0, 1e-9)).toBe(false);
    expect(numbersClose(Infinity, Infinity, 1e-9)).toBe(true);
    expect(numbersClose(Infinity, -Infinity, 1)).toBe(false);
    expect(numbersClose(1e308, Infinity, 1)).toBe(false);
  });

  it("compares nested arrays and objects deeply, ignoring key order", () => {
    expect(compareValues({ a: [1, { b: 2 }], c: "x" }, { c: "x", a: [1, { b: 2 }] })).toBe(true);
    expect(compareValues({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(compareValues([1, 2], [1, 2, 3])).toBe(false);
    expect(compareValues({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(compareValues([1], { 0: 1 })).toBe(false);
  });

  it("treats keys holding undefined as absent, like JSON", () => {
    expect(compareValues({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it("accepts a bigint equal to an exact integer", () => {
    expect(compareValues(10n, 10)).toBe(true);
    expect(compareValues(10n, 11)).toBe(false);
    expect(compareValues(10n, "10")).toBe(false);
  });

  it("ignores top-level order only when asked", () => {
    expect(compareValues([3, 1, 2], [1, 2, 3])).toBe(false);
    expect(compareValues([3, 1, 2], [1, 2, 3], { unordered: true })).toBe(true);
    expect(compareValues([1, 1, 2], [1, 2, 2], { unordered: true })).toBe(false);
    expect(compareValues([[2, 1], [0, 3]], [[0, 3], [2, 1]], { unordered: true })).toBe(true);
    // Only the top level is a multiset; inner arrays keep their order.
    expect(compareValues([[1, 2]], [[2, 1]], { unordered: true })).toBe(false);
  });

  it("matches unordered numbers within tolerance even when sorting would pair them wrongly", () => {
    expect(compareValues([0.30000001, 0.3], [0.3, 0.30000001], { unordered: true, tolerance: 1e-6 })).toBe(true);
    expect(compareValues([1.0000001, 2], [2, 1], { unordered: true, tolerance: 1e-3 })).toBe(true);
  });

  it("compares large unordered arrays", () => {
    const n = 50_000;
    const a = Array.from({ length: n }, (_, i) => i);
    const e = [...a].reverse();
    expect(compareValues(a, e, { unordered: true })).toBe(true);
  });

  it("builds canonical keys independent of key order", () => {
    expect(canonicalKey({ b: 1, a: [2, NaN] })).toBe(canonicalKey({ a: [2, NaN], b: 1 }));
    expect(canonicalKey(1n)).not.toBe(canonicalKey(1));
  });
});
