import { describe, expect, it } from "vitest";
import { WindowLimiter } from "./rate-limit.server";

describe("WindowLimiter", () => {
  it("blocks after the maximum failures and frees the key when the window passes", () => {
    let now = 1_000_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs("a")).toBe(0);
      limiter.hit("a");
      now += 1_000;
    }
    expect(limiter.retryAfterMs("a")).toBe(57_000);
    expect(limiter.retryAfterMs("b")).toBe(0);
    now += 57_000;
    expect(limiter.retryAfterMs("a")).toBe(0);
  });

  it("forgets failures on reset", () => {
    const limiter = new WindowLimiter(1, 60_000);
    limiter.hit("a");
    expect(limiter.retryAfterMs("a")).toBeGreaterThan(0);
    limiter.reset("a");
    expect(limiter.retryAfterMs("a")).toBe(0);
  });
});
