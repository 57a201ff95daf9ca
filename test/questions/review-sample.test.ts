import { describe, expect, it } from "vitest";
import { loadBank } from "../../questions/loader.ts";
import { drawReviewSample, fromSources } from "../../questions/review-sample.ts";

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

  it("draws from one addition alone: collection files by path, folder questions by any of their files", async () => {
    const { questions } = await loadBank("questions");
    const pool = fromSources(questions, ["questions/ml-technical/nlp-practice.yaml", "questions/final/worked-across-time-zones/prompt.md"]);
    expect(pool.length).toBeGreaterThan(1);
    expect(pool.every((q) => q.source.startsWith("questions/ml-technical/nlp-practice.yaml#") || q.id === "worked-across-time-zones")).toBe(true);
    expect(pool.map((q) => q.id)).toContain("worked-across-time-zones");
    const sample = drawReviewSample(pool, "any", { auto: 500, rubrics: 5 });
    expect(sample.auto.length).toBe(pool.length - 1);
    expect(sample.rubrics.map((q) => q.id)).toEqual(["worked-across-time-zones"]);
  });
});
