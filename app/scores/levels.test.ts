import { describe, expect, it } from "vitest";
import { effectiveRows, summarise, type Bars, type ScoreRow } from "./levels";

const BARS: Record<string, number> = { junior: 0.5, mid: 0.6, senior: 0.7, staff: 0.8 };
const bars: Bars = (track) => BARS[track];
let n = 0;
const row = (over: Partial<ScoreRow>): ScoreRow => ({
  answerId: `a${n++}`,
  track: "senior",
  stage: "coding",
  skill: "algorithms",
  score: 1,
  source: "auto",
  createdAt: new Date(),
  ...over,
});

describe("summarise", () => {
  it("reports the mean score, the target's bar and the highest track met", () => {
    const rows = [row({ score: 0.9 }), row({ score: 0.6 })];
    const [coding] = summarise(rows, (r) => r.stage, bars, "staff");
    expect(coding.score).toBeCloseTo(0.75);
    expect(coding.bar).toBe(0.8);
    expect(coding.meetsTarget).toBe(false);
    expect(coding.level).toBe("senior");
  });

  it("does not credit a higher track for attempts aimed at a lower one", () => {
    const [coding] = summarise([row({ track: "junior", score: 1 })], (r) => r.stage, bars, "staff");
    expect(coding.level).toBe("junior");
  });

  it("says no track is met when the score is under the junior bar", () => {
    const [coding] = summarise([row({ score: 0.2 })], (r) => r.stage, bars, "junior");
    expect(coding.level).toBeNull();
    expect(coding.meetsTarget).toBe(false);
  });

  it("groups by skill across stages", () => {
    const rows = [row({ skill: "python", stage: "coding", score: 1 }), row({ skill: "python", stage: "screening", score: 0.5 })];
    const [python] = summarise(rows, (r) => r.skill, bars, "mid");
    expect(python.count).toBe(2);
    expect(python.score).toBeCloseTo(0.75);
  });
});

describe("effectiveRows", () => {
  it("prefers a reviewer's grade over an automatic or self-assessed one for the same answer", () => {
    const rows = [
      row({ answerId: "x", source: "self", score: 1 }),
      row({ answerId: "x", source: "reviewer", score: 0.4 }),
      row({ answerId: "y", source: "self", score: 0.7 }),
    ];
    const effective = effectiveRows(rows);
    expect(effective.find((r) => r.answerId === "x")?.score).toBe(0.4);
    expect(effective.find((r) => r.answerId === "y")?.source).toBe("self");
  });
});
