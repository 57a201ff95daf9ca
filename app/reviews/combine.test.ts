import { describe, expect, it } from "vitest";
import { closestPair, DEFAULT_THRESHOLDS, disagreement, gradeProblem, reviewState, type SubmittedReview } from "./combine";

// 20 points: two criteria of 4, one of 12
const rubric = [
  { id: "a", points: 4 },
  { id: "b", points: 4 },
  { id: "c", points: 12 },
];
let clock = 0;
const review = (id: string, grades: Record<string, number>, purpose: SubmittedReview["purpose"] = "initial"): SubmittedReview => ({
  id,
  reviewerId: `r-${id}`,
  purpose,
  grades,
  submittedAt: new Date(2026, 0, 1, 0, 0, ++clock),
});
const state = (reviews: SubmittedReview[], opts: { required?: number; regradeRequested?: boolean; thresholds?: typeof DEFAULT_THRESHOLDS } = {}) =>
  reviewState({ required: opts.required ?? 2, reviews, rubric, thresholds: opts.thresholds ?? DEFAULT_THRESHOLDS, regradeRequested: opts.regradeRequested ?? false });

describe("combining reviews", () => {
  it("stays pending until the required number is in, never a partial mean", () => {
    const s = state([review("1", { a: 4, b: 4, c: 12 })]);
    expect(s.final).toBeNull();
    expect(s.open).toEqual({ purpose: "initial", needed: 2, have: 1 });
  });

  it("is the mean of the required reviews once they agree", () => {
    const s = state([review("1", { a: 3, b: 2, c: 8 }), review("2", { a: 3.5, b: 2.5, c: 9 })]);
    expect(s.open).toBeNull();
    expect(s.final?.reason).toBe("mean");
    expect(s.final?.score).toBeCloseTo((13 + 15) / 2 / 20);
    expect(s.final?.reviewIds).toEqual(["1", "2"]);
  });

  it("needs one review for a practice answer", () => {
    const s = state([review("1", { a: 2, b: 2, c: 6 })], { required: 1 });
    expect(s.final?.score).toBeCloseTo(0.5);
  });
});

describe("adjudication thresholds", () => {
  it("a total gap of exactly 20% is agreement; just over is a disagreement", () => {
    // 4 of 20 points apart, spread so no criterion passes half its range
    expect(disagreement({ a: 4, b: 4, c: 12 }, { a: 3, b: 3, c: 10 }, rubric, DEFAULT_THRESHOLDS)).toBeNull();
    expect(disagreement({ a: 4, b: 4, c: 12 }, { a: 3, b: 3, c: 9.5 }, rubric, DEFAULT_THRESHOLDS)).toMatch(/totals differ by 4.5 of 20/);
  });

  it("one criterion apart by more than half its range is a disagreement even when totals are close", () => {
    expect(disagreement({ a: 4, b: 0, c: 6 }, { a: 1.5, b: 0, c: 7 }, rubric, DEFAULT_THRESHOLDS)).toMatch(/"a" differs by 2.5 of 4/);
    expect(disagreement({ a: 4, b: 0, c: 6 }, { a: 2, b: 0, c: 7 }, rubric, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("follows the admin's thresholds", () => {
    const strict = { totalThreshold: 0.05, criterionThreshold: 0.25 };
    expect(disagreement({ a: 4, b: 4, c: 12 }, { a: 4, b: 4, c: 10 }, rubric, strict)).toMatch(/totals/);
    expect(disagreement({ a: 4, b: 4, c: 12 }, { a: 4, b: 4, c: 10 }, rubric, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it("a disagreement waits for a third reviewer, then takes the mean of the two closest", () => {
    const first = review("1", { a: 4, b: 4, c: 12 });
    const second = review("2", { a: 1, b: 1, c: 4 });
    const waiting = state([first, second]);
    expect(waiting.final).toBeNull();
    expect(waiting.open).toEqual({ purpose: "adjudication", needed: 1, have: 0 });
    expect(waiting.disagreement?.reviewIds).toEqual(["1", "2"]);

    const third = review("3", { a: 3, b: 4, c: 11 }, "adjudication");
    const settled = state([first, second, third]);
    expect(settled.open).toBeNull();
    expect(settled.final?.reason).toBe("adjudication");
    expect(settled.final?.reviewIds.sort()).toEqual(["1", "3"]);
    expect(settled.final?.score).toBeCloseTo((20 + 18) / 2 / 20);
  });

  it("closest pair breaks ties by the earlier reviews", () => {
    const r1 = review("1", { a: 2, b: 2, c: 6 });
    const r2 = review("2", { a: 2, b: 2, c: 8 });
    const r3 = review("3", { a: 2, b: 2, c: 4 });
    expect(closestPair([r3, r2, r1], rubric).map((r) => r.id)).toEqual(["1", "2"]);
  });
});

describe("regrade", () => {
  const agreed = [review("1", { a: 2, b: 2, c: 6 }), review("2", { a: 2, b: 2, c: 6 })];
  it("keeps the standing grade while a regrade is open", () => {
    const s = state(agreed, { regradeRequested: true });
    expect(s.final?.score).toBeCloseTo(0.5);
    expect(s.open).toEqual({ purpose: "regrade", needed: 1, have: 0 });
  });
  it("the regrade review replaces the final score", () => {
    const s = state([...agreed, review("3", { a: 4, b: 4, c: 8 }, "regrade")], { regradeRequested: true });
    expect(s.open).toBeNull();
    expect(s.final).toMatchObject({ reason: "regrade", reviewIds: ["3"] });
    expect(s.final?.score).toBeCloseTo(0.8);
  });
});

describe("grade values", () => {
  it("accepts half-point steps within the range only", () => {
    const c = { id: "a", points: 4 };
    expect(gradeProblem(3.5, c)).toBeNull();
    expect(gradeProblem(0, c)).toBeNull();
    expect(gradeProblem(4.5, c)).toMatch(/0 to 4/);
    expect(gradeProblem(-0.5, c)).toMatch(/0 to 4/);
    expect(gradeProblem(1.25, c)).toMatch(/half-point/);
    expect(gradeProblem(Number.NaN, c)).not.toBeNull();
  });
});
