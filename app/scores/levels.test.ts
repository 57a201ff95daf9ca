import { describe, expect, it } from "vitest";
import { describeLevel, effectiveRows, summarise, type Bars, type ScoreRow } from "./levels";

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
    const rows = [row({ score: 0.9 }), row({ score: 0.6 }), row({ score: 0.75 })];
    const [coding] = summarise(rows, (r) => r.stage, bars, "staff");
    expect(coding.score).toBeCloseTo(0.75);
    expect(coding.bar).toBe(0.8);
    expect(coding.meetsTarget).toBe(false);
    expect(coding.level).toBe("senior");
  });

  it("does not credit a higher track for attempts aimed at a lower one", () => {
    const rows = [1, 1, 1].map((score) => row({ track: "junior", score }));
    const [coding] = summarise(rows, (r) => r.stage, bars, "staff");
    expect(coding.level).toBe("junior");
  });

  it("says no track is met when the score is under the junior bar", () => {
    const [coding] = summarise([0.2, 0.2, 0.2].map((score) => row({ score })), (r) => r.stage, bars, "junior");
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

describe("levels a person can check (issue 13)", () => {
  const stage = (r: ScoreRow) => r.stage;

  it("a coding row at 33% against a 70% bar claims no level, even with one senior answer at 100%", () => {
    const rows = [row({ track: "senior", score: 1 }), row({ track: "mid", score: 0 }), row({ track: "mid", score: 0 })];
    const [coding] = summarise(rows, stage, bars, "senior");
    expect(coding.score).toBeCloseTo(1 / 3);
    expect(coding.bar).toBe(0.7);
    expect(coding.level).toBeNull();
    expect(describeLevel(coding)).toBe("Below junior: mean 33%, junior bar 50%");
  });

  it("an LLM row at 50% does not show staff: the level is never above what the row's own mean meets", () => {
    const rows = [row({ track: "staff", score: 1 }), row({ track: "staff", score: 1 }), row({ track: "staff", score: 1 }), ...[0, 0, 0].map((score) => row({ track: "junior", score }))];
    const [llm] = summarise(rows, (r) => r.skill, bars, "staff");
    expect(llm.score).toBeCloseTo(0.5);
    expect(llm.level).toBe("junior");
    expect(describeLevel(llm)).toBe("Junior: 6 answers at junior or above, mean 50%, bar 50%");
  });

  it("a single practical answer claims no level: not enough answers yet", () => {
    const [practical] = summarise([row({ stage: "practical", track: "staff", score: 1 })], stage, bars, "senior");
    expect(practical.level).toBeNull();
    expect(practical.enoughAnswers).toBe(false);
    expect(describeLevel(practical)).toBe("Not enough answers yet (1 of 3)");
  });

  it("says what a claimed level rests on", () => {
    const rows = [row({ score: 0.9 }), row({ score: 0.7 }), row({ score: 0.75 }), row({ track: "junior", score: 1 })];
    const [coding] = summarise(rows, stage, bars, "senior");
    expect(coding.level).toBe("senior");
    expect(coding.basis).toEqual({ track: "senior", count: 3, score: expect.closeTo(0.783, 2), bar: 0.7 });
    expect(describeLevel(coding)).toBe("Senior: 3 answers at senior or above, mean 78%, bar 70%");
  });

  it("needs three answers at a track or above to claim it", () => {
    const rows = [row({ track: "staff", score: 1 }), row({ track: "staff", score: 1 }), row({ track: "senior", score: 1 })];
    const [coding] = summarise(rows, stage, bars, "staff");
    expect(coding.level).toBe("senior");
  });
});
