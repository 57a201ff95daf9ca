import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, OPERATOR_MAXIMA, resolveLimits, runRequestSchema } from "./protocol";
import { overallVerdict } from "./grade";

const valid = {
  language: "js",
  source: "function f(a) { return a }",
  entry: "f",
  mode: "submit",
  tests: [{ id: "t1", args: [1], expected: 1 }],
};

describe("runRequestSchema", () => {
  it("accepts a minimal request", () => {
    expect(runRequestSchema.parse(valid)).toMatchObject(valid);
  });

  it("rejects an entry that is not an identifier", () => {
    expect(runRequestSchema.safeParse({ ...valid, entry: "f(); process.exit()" }).success).toBe(false);
  });

  it("rejects unknown languages and keeps python in the enum", () => {
    expect(runRequestSchema.safeParse({ ...valid, language: "ruby" }).success).toBe(false);
    expect(runRequestSchema.safeParse({ ...valid, language: "python" }).success).toBe(true);
  });

  it("rejects source over 100 KB, counted in UTF-8 bytes", () => {
    expect(runRequestSchema.safeParse({ ...valid, source: "é".repeat(60 * 1024) }).success).toBe(false);
    expect(runRequestSchema.safeParse({ ...valid, source: "a".repeat(60 * 1024) }).success).toBe(true);
  });

  it("needs 1 to 200 tests with unique ids", () => {
    expect(runRequestSchema.safeParse({ ...valid, tests: [] }).success).toBe(false);
    const many = Array.from({ length: 201 }, (_, i) => ({ id: `t${i}`, args: [], expected: 0 }));
    expect(runRequestSchema.safeParse({ ...valid, tests: many }).success).toBe(false);
    expect(runRequestSchema.safeParse({ ...valid, tests: [valid.tests[0], valid.tests[0]] }).success).toBe(false);
  });

  it("rejects nonsense limits", () => {
    expect(runRequestSchema.safeParse({ ...valid, limits: { memoryMb: 2 } }).success).toBe(false);
    expect(runRequestSchema.safeParse({ ...valid, limits: { timeMsPerTest: -1 } }).success).toBe(false);
  });
});

describe("resolveLimits", () => {
  it("fills defaults and caps at the operator maxima", () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
    const capped = resolveLimits({ timeMsPerTest: 1e9, memoryMb: 1e6, wallMs: 1e9, outputBytes: 1e9 });
    expect(capped).toEqual({
      timeMsPerTest: OPERATOR_MAXIMA.timeMsPerTest,
      memoryMb: OPERATOR_MAXIMA.memoryMb,
      wallMs: OPERATOR_MAXIMA.wallMs,
      outputBytes: OPERATOR_MAXIMA.outputBytes,
    });
    expect(resolveLimits({ timeMsPerTest: 50 }).timeMsPerTest).toBe(50);
  });
});

describe("overallVerdict", () => {
  it("is Accepted only when every test is", () => {
    expect(overallVerdict(["Accepted", "Accepted"])).toBe("Accepted");
    expect(overallVerdict(["Accepted", "WrongAnswer", "TimeLimit"])).toBe("WrongAnswer");
    expect(overallVerdict(["TimeLimit", "WrongAnswer"])).toBe("TimeLimit");
    expect(overallVerdict(["Accepted", "RuntimeError", "InternalError"])).toBe("InternalError");
    expect(overallVerdict([])).toBe("InternalError");
  });
});
