import { describe, expect, it } from "vitest";
import { planRound, type PlanCandidate } from "./plan";

const q = (id: string, over: Partial<PlanCandidate> = {}): PlanCandidate => ({
  versionId: `v-${id}`,
  questionId: id,
  stage: "ml-technical",
  tracks: ["junior", "mid"],
  skills: ["ml-fundamentals"],
  minutes: 5,
  ...over,
});

describe("planRound", () => {
  it("fills the time budget with questions of the stage and track only", () => {
    const bank = [q("a"), q("b"), q("c"), q("d", { tracks: ["staff"] }), q("e", { stage: "screening" }), q("f", { minutes: 30 })];
    const plan = planRound(bank, { track: "mid", slots: [{ stage: "ml-technical", minutes: 15 }], recent: new Set() });
    expect(plan.map((p) => p.questionId).sort()).toEqual(["a", "b", "c"]);
  });

  it("prefers the skill focus, then questions not seen recently", () => {
    const bank = [q("seen", { skills: ["nlp"] }), q("fresh", { skills: ["nlp"] }), q("other")];
    for (let seed = 0; seed < 20; seed++) {
      let s = seed;
      const random = () => ((s = (s * 9301 + 49297) % 233280) / 233280);
      const plan = planRound(bank, {
        track: "junior",
        slots: [{ stage: "ml-technical", minutes: 5 }],
        skillFocus: "nlp",
        recent: new Set(["seen"]),
        random,
      });
      expect(plan.map((p) => p.questionId)).toEqual(["fresh"]);
    }
  });

  it("still offers recently seen questions when nothing fresh is left", () => {
    const plan = planRound([q("seen")], { track: "junior", slots: [{ stage: "ml-technical", minutes: 10 }], recent: new Set(["seen"]) });
    expect(plan).toHaveLength(1);
  });

  it("gives a slot its shortest question when none fits the budget, and never repeats a question across slots", () => {
    const bank = [q("long", { stage: "coding", minutes: 40 }), q("longer", { stage: "coding", minutes: 60 })];
    const plan = planRound(bank, {
      track: "junior",
      slots: [
        { stage: "coding", minutes: 20 },
        { stage: "coding", minutes: 20 },
      ],
      recent: new Set(),
    });
    expect(plan.map((p) => p.questionId)).toEqual(["long", "longer"]);
  });

  it("falls back to the nearest track's questions when none are written for the target track", () => {
    const bank = [q("junior-only", { tracks: ["junior"] }), q("senior-only", { tracks: ["senior"] }), q("mid-only", { tracks: ["mid"] })];
    const staff = planRound(bank, { track: "staff", slots: [{ stage: "ml-technical", minutes: 5 }], recent: new Set() });
    expect(staff.map((p) => p.questionId)).toEqual(["senior-only"]);
    const none = planRound(bank, { track: "junior", slots: [{ stage: "screening", minutes: 5 }], recent: new Set() });
    expect(none).toEqual([]);
  });
});
