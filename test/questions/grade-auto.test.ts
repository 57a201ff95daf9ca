import { describe, expect, it } from "vitest";
import { gradeAuto, toNumber } from "../../questions/grade-auto.ts";
import { normalizeAnswer } from "../../questions/normalize-answer.ts";
import { questionSchema, type McqQuestion, type NumericQuestion, type ShortQuestion } from "../../questions/schema.ts";
import { mcqItem, numericItem, shortItem } from "./bank-fixture.ts";

const parse = <T>(raw: Record<string, unknown>) => ({ ...questionSchema.parse({ stage: "ml-technical", ...raw }), source: "test" }) as T;

describe("gradeAuto: mcq", () => {
  const single = parse<McqQuestion>(mcqItem());
  const multi = parse<McqQuestion>(
    mcqItem({
      options: [
        { id: "a", text: "1", correct: true },
        { id: "b", text: "2", correct: true },
        { id: "c", text: "3", correct: true },
        { id: "d", text: "4" },
      ],
    }),
  );

  it("grades a single-answer question all or nothing", () => {
    expect(gradeAuto(single, ["a"])).toEqual({ score: 1, correct: true });
    expect(gradeAuto(single, "a")).toEqual({ score: 1, correct: true });
    expect(gradeAuto(single, ["b"])).toEqual({ score: 0, correct: false });
    expect(gradeAuto(single, ["a", "b"])).toEqual({ score: 0, correct: false });
    expect(gradeAuto(single, [])).toEqual({ score: 0, correct: false });
  });

  it("gives multiple-answer questions partial credit, wrong picks cancelling right ones", () => {
    expect(gradeAuto(multi, ["c", "a", "b"])).toEqual({ score: 1, correct: true });
    expect(gradeAuto(multi, ["a", "b"])).toEqual({ score: 2 / 3, correct: false });
    expect(gradeAuto(multi, ["a", "b", "d"])).toEqual({ score: 1 / 3, correct: false });
    expect(gradeAuto(multi, ["a", "b", "c", "d"])).toEqual({ score: 2 / 3, correct: false });
    expect(gradeAuto(multi, ["d"])).toEqual({ score: 0, correct: false });
  });

  it("scores malformed or unknown picks as wrong instead of throwing", () => {
    expect(gradeAuto(multi, ["a", "zzz"])).toEqual({ score: 0, correct: false });
    expect(gradeAuto(multi, [1, 2])).toEqual({ score: 0, correct: false });
    expect(gradeAuto(multi, null)).toEqual({ score: 0, correct: false });
  });
});

describe("gradeAuto: numeric", () => {
  it("accepts answers within an absolute tolerance", () => {
    const q = parse<NumericQuestion>(numericItem({ answer: 0.7273, tolerance: 0.005 }));
    expect(gradeAuto(q, 0.7273).correct).toBe(true);
    expect(gradeAuto(q, 0.73).correct).toBe(true);
    expect(gradeAuto(q, "0.7223").correct).toBe(true);
    expect(gradeAuto(q, 0.7333).correct).toBe(false);
    expect(gradeAuto(q, 0.6857)).toEqual({ score: 0, correct: false });
  });

  it("accepts answers within a relative tolerance written as a percentage", () => {
    const q = parse<NumericQuestion>(numericItem({ answer: 2000, tolerance: "1%" }));
    expect(gradeAuto(q, 1980.5).correct).toBe(true);
    expect(gradeAuto(q, 2019).correct).toBe(true);
    expect(gradeAuto(q, 2021).correct).toBe(false);
  });

  it("treats an exact answer exactly, apart from float noise", () => {
    const q = parse<NumericQuestion>(numericItem({ answer: 0.3, tolerance: 0 }));
    expect(gradeAuto(q, 0.1 + 0.2).correct).toBe(true);
    expect(gradeAuto(q, 0.3001).correct).toBe(false);
  });

  it("reads plain decimal text only", () => {
    const q = parse<NumericQuestion>(numericItem({ answer: 1500, tolerance: 0 }));
    expect(gradeAuto(q, " 1500 ").correct).toBe(true);
    expect(gradeAuto(q, "1.5e3").correct).toBe(true);
    expect(gradeAuto(q, "1,500").correct).toBe(false);
    expect(gradeAuto(q, "0x5DC").correct).toBe(false);
    expect(gradeAuto(q, "").correct).toBe(false);
    expect(gradeAuto(q, Number.NaN).correct).toBe(false);
  });

  it("reads no number from values that are not finite", () => {
    for (const value of ["1e309", "-1e999", "Infinity", "NaN", Number.POSITIVE_INFINITY]) expect(toNumber(value), String(value)).toBeUndefined();
    expect(toNumber("1e-400")).toBe(0);
  });
});

describe("gradeAuto: short", () => {
  const grade = (accepted: string[], response: string, extra: Record<string, unknown> = {}) =>
    gradeAuto(parse<ShortQuestion>(shortItem({ accepted, ...extra })), response).correct;

  it("accepts an answer with a leading article, whatever the case and spacing", () => {
    expect(grade(["model registry"], "a model registry")).toBe(true);
    expect(grade(["model registry"], "  The   Model REGISTRY ")).toBe(true);
    expect(grade(["embedding"], "an embedding")).toBe(true);
  });

  it("ignores trailing punctuation and treats hyphenated, spaced and joined forms alike", () => {
    const accepted = ["gradient accumulation"];
    expect(grade(accepted, "Gradient accumulation.")).toBe(true);
    expect(grade(accepted, "gradient-accumulation")).toBe(true);
    expect(grade(accepted, "GradientAccumulation!")).toBe(true);
    expect(grade(["k-means"], "kmeans")).toBe(true);
    expect(grade(["k-means"], "K means")).toBe(true);
    expect(grade(["Platt's scaling"], "platts scaling")).toBe(true);
  });

  it("still marks a different answer wrong", () => {
    const accepted = ["gradient accumulation"];
    expect(grade(accepted, "gradient")).toBe(false);
    expect(grade(accepted, "gradient checkpointing")).toBe(false);
    expect(grade(accepted, "   ")).toBe(false);
    expect(grade(accepted, "...")).toBe(false);
    // An article is only dropped in front of the answer, never inside it.
    expect(grade(["model registry"], "model a registry")).toBe(false);
  });

  it("accepts the recomputation names of activation checkpointing in the bank", async () => {
    const { loadBank } = await import("../../questions/loader.ts");
    const bank = await loadBank("questions");
    const q = bank.questions.find((x) => x.id === "dl-trading-compute-for-activation-memory") as ShortQuestion;
    for (const answer of ["recomputation", "rematerialization", "Rematerialisation.", "activation checkpointing", "gradient-checkpointing"])
      expect(gradeAuto(q, answer).correct, answer).toBe(true);
    const batch = bank.questions.find((x) => x.id === "dl-a-bigger-batch-than-fits-in-memory") as ShortQuestion;
    for (const answer of ["Gradient accumulation.", "gradient-accumulation", "accumulating gradients"])
      expect(gradeAuto(batch, answer).correct, answer).toBe(true);
  });

  it("lets a question turn a step off when it says why", () => {
    const q = parse<ShortQuestion>(
      shortItem({ accepted: ["ReLU"], normalize: { keep: ["case"], reason: "the activation's name is case sensitive here" } }),
    );
    expect(gradeAuto(q, "ReLU.").correct).toBe(true);
    expect(gradeAuto(q, "relu").correct).toBe(false);
  });

  it("refuses an opt-out without a reason, and the retired per-question fields", () => {
    const noReason = questionSchema.safeParse({ stage: "ml-technical", ...shortItem({ normalize: { keep: ["case"] } }) });
    expect(noReason.success).toBe(false);
    expect(noReason.error?.issues.map((i) => i.path.join("."))).toContain("normalize.reason");
    const retired = questionSchema.safeParse({ stage: "ml-technical", ...shortItem({ normalize: { punctuation: "ignore" } }) });
    expect(retired.success).toBe(false);
    expect(retired.error?.issues.find((i) => i.path.join(".") === "normalize.punctuation")?.message).toMatch(/retired/);
  });

  it("folds full-width characters", () => {
    expect(normalizeAnswer("ＬｏＲＡ")).toBe("lora");
  });
});
