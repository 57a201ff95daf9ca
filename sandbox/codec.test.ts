import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue, TAG } from "./codec";

describe("codec", () => {
  it("round-trips values JSON cannot carry", () => {
    const value = [NaN, Infinity, -Infinity, undefined, 12345678901234567890n, { a: [1, "x", null] }];
    expect(decodeValue(encodeValue(value))).toEqual(value);
  });

  it("keeps holes out: undefined stays undefined inside arrays and objects", () => {
    const decoded = decodeValue(encodeValue({ a: undefined, b: [undefined] })) as { a?: unknown; b: unknown[] };
    expect("a" in decoded).toBe(true);
    expect(decoded.b).toHaveLength(1);
    expect(decoded.b[0]).toBeUndefined();
  });

  it("turns functions and symbols from the isolate into descriptive strings", () => {
    expect(decodeValue(JSON.stringify({ [TAG]: "function", v: "f" }))).toBe("[Function: f]");
    expect(decodeValue(JSON.stringify({ [TAG]: "symbol" }))).toBe("[Symbol]");
  });

  it("refuses text that is not JSON", () => {
    expect(() => decodeValue("{nope")).toThrow();
  });
});
