import { describe, expect, it } from "vitest";
import type { Bars } from "../scores/levels";
import { cellFor, describeTotal, scoreAttempt, type AnswerFacts, type ScoredQuestion } from "./attempt-score";

const bars: Bars = (track, stage) => ({ coding: { mid: 0.6, senior: 0.7 }, "ml-system-design": { mid: 0.5, senior: 0.65 } })[stage]?.[track as "mid"];

const coding: ScoredQuestion = { versionId: "v-code", kind: "coding", stage: "coding", skills: ["algorithms", "python"], points: 3 };
const design: ScoredQuestion = { versionId: "v-design", kind: "design", stage: "ml-system-design", skills: ["system-design"], points: 2 };
const mcq: ScoredQuestion = { versionId: "v-mcq", kind: "mcq", stage: "coding", skills: ["algorithms"], points: 1 };

const answered = (score: number | null, gradedBy: string | null = "auto"): AnswerFacts => ({ score, gradedBy, blank: false });

describe("cellFor", () => {
  it("keeps a design answer pending until reviewers grade it, even when self-assessed", () => {
    expect(cellFor(design, answered(null, null))).toEqual({ state: "pending-review" });
    expect(cellFor(design, answered(0.9, "self"))).toEqual({ state: "pending-review" });
    expect(cellFor(design, answered(0.4, "reviewer"))).toEqual({ state: "scored", score: 0.4 });
  });
  it("counts an untouched question as unanswered, whatever its kind", () => {
    expect(cellFor(design, null)).toEqual({ state: "unanswered" });
    expect(cellFor(coding, { score: null, gradedBy: null, blank: true })).toEqual({ state: "unanswered" });
  });
  it("tells a code answer not graded yet from a zero", () => {
    expect(cellFor(coding, answered(null, null))).toEqual({ state: "ungraded" });
    expect(cellFor(coding, answered(0))).toEqual({ state: "scored", score: 0 });
  });
});

describe("scoreAttempt", () => {
  it("leaves a pending review out of the total and says so", () => {
    const answers = new Map([
      ["v-code", answered(2 / 3)],
      ["v-design", answered(null, null)],
      ["v-mcq", answered(1)],
    ]);
    const score = scoreAttempt([coding, design, mcq], answers, "mid", bars);
    // (2/3 × 3 + 1 × 1) / (3 + 1): the design question's 2 points are not in the denominator
    expect(score.total).toBeCloseTo(0.75);
    expect(score.pendingReview).toBe(1);
    expect(describeTotal(score)).toBe("75% · 1 answer pending review");
    expect(score.stages.map((s) => s.key)).toEqual(["coding"]);
    expect(score.skills.find((s) => s.key === "system-design")).toBeUndefined();
  });

  it("counts the reviewers' grade once it is in, and compares stages and skills with the target's bars", () => {
    const answers = new Map([
      ["v-code", answered(1)],
      ["v-design", answered(0.5, "reviewer")],
    ]);
    const score = scoreAttempt([coding, design, mcq], answers, "senior", bars);
    // mcq unanswered is a zero: (3 + 1 + 0) / 6
    expect(score.total).toBeCloseTo(4 / 6);
    expect(score.pendingReview).toBe(0);
    const stage = Object.fromEntries(score.stages.map((s) => [s.key, s]));
    expect(stage.coding.score).toBeCloseTo(0.5); // the coding answer and the unanswered mcq, one each
    expect(stage.coding.bar).toBe(0.7);
    expect(stage.coding.meetsTarget).toBe(false);
    expect(stage["ml-system-design"].meetsTarget).toBe(false); // 0.5 < senior 0.65
    const skill = Object.fromEntries(score.skills.map((s) => [s.key, s]));
    expect(skill.python.score).toBe(1);
    expect(skill.python.meetsTarget).toBe(true);
  });

  it("has no total while nothing is final", () => {
    const score = scoreAttempt([design], new Map([["v-design", answered(null, null)]]), "mid", bars);
    expect(score.total).toBeNull();
    expect(describeTotal(score)).toBe("— · 1 answer pending review");
  });
});
