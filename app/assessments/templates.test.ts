import { describe, expect, it } from "vitest";
import { STAGES, TRACKS } from "../../questions/taxonomy";
import type { PlanCandidate } from "../rounds/plan";
import { buildFromTemplate, findTemplate, listTemplates } from "./templates";

const q = (questionId: string, stage: PlanCandidate["stage"], tracks: PlanCandidate["tracks"], minutes = 10): PlanCandidate => ({
  versionId: `v-${questionId}`,
  questionId,
  stage,
  tracks,
  skills: [],
  minutes,
});

const bank: PlanCandidate[] = [
  q("c1", "coding", ["senior"], 25),
  q("c2", "coding", ["senior", "staff"], 30),
  q("c3", "coding", ["senior"], 20),
  q("c4", "coding", ["junior"], 10),
  q("d1", "ml-system-design", ["senior"], 45),
  q("d2", "ml-system-design", ["mid"], 40),
  q("b1", "final", ["mid"], 10),
];

describe("assessment templates", () => {
  it("offer one template per stage and track, and one per loop and track", () => {
    const templates = listTemplates();
    for (const track of TRACKS) for (const stage of STAGES) expect(findTemplate(`${track}.${stage}`)).toBeDefined();
    expect(templates.filter((t) => t.id.includes(".loop-"))).toHaveLength(TRACKS.length * 3);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(findTemplate("senior.coding")!.title).toBe("Senior ML engineer — coding / algorithms, 60 min");
  });

  it("fill a stage template with that stage's questions for the track, within its minutes", () => {
    const draft = buildFromTemplate(findTemplate("senior.coding")!, bank);
    expect(draft.track).toBe("senior");
    expect(draft.durationMinutes).toBe(60);
    const ids = draft.questions.map((x) => x.versionId);
    expect(ids.every((id) => ["v-c1", "v-c2", "v-c3"].includes(id))).toBe(true);
    const minutes = ids.reduce((s, id) => s + bank.find((b) => b.versionId === id)!.minutes, 0);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(ids.length).toBeGreaterThan(0);
  });

  it("give the same draft for the same bank, whatever order the bank comes in", () => {
    const spec = findTemplate("senior.coding")!;
    expect(buildFromTemplate(spec, [...bank].reverse())).toEqual(buildFromTemplate(spec, bank));
  });

  it("cover every slot of a loop, from the nearest track when the target track has none", () => {
    const spec = findTemplate("staff.loop-big-tech")!;
    const draft = buildFromTemplate(spec, bank);
    expect(spec.durationMinutes).toBe(125);
    const stages = draft.questions.map((x) => bank.find((b) => b.versionId === x.versionId)!.stage);
    expect(stages).toContain("coding");
    expect(stages).toContain("ml-system-design");
    expect(stages).toContain("final"); // only a mid question exists: the nearest track's
  });

  it("weigh points by a question's minutes, never below one", () => {
    const draft = buildFromTemplate(findTemplate("junior.coding")!, bank);
    expect(draft.questions).toEqual([{ versionId: "v-c4", points: 2 }]);
  });
});
