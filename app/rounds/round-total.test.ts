import { describe, expect, it } from "vitest";
import { describePending, roundTotal } from "./round-total";

describe("roundTotal", () => {
  it("a round whose only answer awaits a reviewer is pending, not 0%", () => {
    const total = roundTotal([{ status: "submitted", score: null }]);
    expect(total.score).toBeNull();
    expect(describePending(total)).toBe("1 of 1 answer still awaits a grade");
  });

  it("leaves pending answers out of the score and says how many there are", () => {
    const total = roundTotal([
      { status: "graded", score: 1 },
      { status: "graded", score: 0.5 },
      { status: "submitted", score: null },
    ]);
    expect(total.score).toBeCloseTo(0.75);
    expect(describePending(total)).toBe("1 of 3 answers still awaits a grade");
  });

  it("counts unanswered questions as zero", () => {
    const total = roundTotal([
      { status: "graded", score: 1 },
      { status: "unanswered", score: null },
    ]);
    expect(total.score).toBe(0.5);
    expect(describePending(total)).toBeNull();
  });

  it("unanswered beside pending only is still pending, not 0%", () => {
    expect(roundTotal([{ status: "unanswered", score: null }, { status: "submitted", score: null }]).score).toBeNull();
  });
});
