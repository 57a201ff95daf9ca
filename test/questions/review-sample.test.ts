import { describe, expect, it } from "vitest";
import { loadBank } from "../../questions/loader.ts";
import { drawReviewSample } from "../../questions/review-sample.ts";

describe("drawReviewSample", () => {
  it("draws the same questions for the same seed, whatever the load order, and others for a new seed", async () => {
    const { questions } = await loadBank("questions");
    const ids = (seed: string, qs = questions) => {
      const s = drawReviewSample(qs, seed, { auto: 45, rubrics: 5 });
      return { auto: s.auto.map((q) => q.id), rubrics: s.rubrics.map((q) => q.id) };
    };
    const first = ids("issue-19-after-fixes");
    expect(ids("issue-19-after-fixes", [...questions].reverse())).toEqual(first);
    expect(ids("another-seed").auto).not.toEqual(first.auto);

    const sample = drawReviewSample(questions, "issue-19-after-fixes", { auto: 45, rubrics: 5 });
    expect(new Set(first.auto).size).toBe(45);
    expect(sample.auto.every((q) => ["mcq", "numeric", "short"].includes(q.kind))).toBe(true);
    expect(sample.rubrics.map((q) => q.kind)).toEqual(Array(5).fill("design"));
  });
});
