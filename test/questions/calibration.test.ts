import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCalibration } from "../../questions/calibration";
import { loadBank } from "../../questions/loader";

const rubric = [
  { id: "design", points: 4 },
  { id: "tradeoffs", points: 2 },
];
const lookup = (id: string) => (id === "q" ? { kind: "design", rubric } : id === "mcq" ? { kind: "mcq" } : undefined);

function bank(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "calibration-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, "calibration", name)), { recursive: true });
    fs.writeFileSync(path.join(dir, "calibration", name), text);
  }
  return dir;
}
const file = (grades: string) => `answer: An answer.\ngrades:\n${grades}\nrationale: Why.\n`;

describe("calibration answers", () => {
  it("accepts answers whose grades match the rubric, half points included", async () => {
    const dir = bank({ "q/strong.yaml": file("  design: 3.5\n  tradeoffs: 2"), "q/middling.yaml": file("  design: 2\n  tradeoffs: 1"), "q/weak.yaml": file("  design: 0.5\n  tradeoffs: 0") });
    const { answers, problems } = await loadCalibration(dir, lookup);
    expect(problems).toEqual([]);
    expect(answers.map((a) => a.level).sort()).toEqual(["middling", "strong", "weak"]);
    expect(answers.find((a) => a.level === "strong")?.grades).toEqual({ design: 3.5, tradeoffs: 2 });
  });

  it("reports an unknown criterion, an out-of-range or quarter point, a missing criterion and a missing level", async () => {
    const dir = bank({
      "q/strong.yaml": file("  design: 3.5\n  tradeoffs: 2\n  communication: 1"),
      "q/middling.yaml": file("  design: 5\n  tradeoffs: 1.25"),
      "q/other.txt": "x",
    });
    const { answers, problems } = await loadCalibration(dir, lookup);
    expect(answers).toEqual([]);
    const text = problems.join("\n");
    expect(text).toMatch(/strong\.yaml: grades\.communication is not a criterion/);
    expect(text).toMatch(/middling\.yaml: grades\.design is 5; it must be from 0 to 4 in half-point steps/);
    expect(text).toMatch(/middling\.yaml: grades\.tradeoffs is 1\.25/);
    expect(text).toMatch(/has no weak\.yaml/);
    expect(text).toMatch(/other\.txt: unexpected file/);
  });

  it("reports a criterion the rubric gained after the grades were written", async () => {
    const dir = bank({ "q/strong.yaml": file("  design: 3"), "q/middling.yaml": file("  design: 2\n  tradeoffs: 1"), "q/weak.yaml": file("  design: 0\n  tradeoffs: 0") });
    const { problems } = await loadCalibration(dir, lookup);
    expect(problems).toEqual([expect.stringMatching(/strong\.yaml: grades\.tradeoffs is missing/)]);
  });

  it("reports unknown questions, questions without a rubric and missing fields", async () => {
    const dir = bank({ "nope/strong.yaml": file("  design: 1"), "mcq/strong.yaml": file("  a: 1"), "q/strong.yaml": "answer: x\ngrades: {design: 1, tradeoffs: 1}\n" });
    const { problems } = await loadCalibration(dir, lookup);
    const text = problems.join("\n");
    expect(text).toMatch(/no question with id "nope"/);
    expect(text).toMatch(/"mcq" is mcq, which has no rubric/);
    expect(text).toMatch(/q\/strong\.yaml: rationale is missing/);
  });

  it("the real bank's calibration folder is not a stage, and its answers all check", async () => {
    const real = await loadBank("questions");
    expect(real.problems.filter((p) => p.includes("calibration"))).toEqual([]);
    expect(real.calibrationProblems).toEqual([]);
    // the floor: ten system-design and six behavioural questions, each with all three levels
    const stageOf = new Map(real.questions.map((q) => [q.id, q.stage]));
    const complete = (stage: string) =>
      [...new Set(real.calibration.map((c) => c.questionId))].filter(
        (id) => stageOf.get(id) === stage && real.calibration.filter((c) => c.questionId === id).length === 3,
      ).length;
    expect(complete("ml-system-design")).toBeGreaterThanOrEqual(10);
    expect(complete("final")).toBeGreaterThanOrEqual(6);
  });

  it("grades every real question's strong answer above its middling one, and the middling above the weak", async () => {
    // A new reviewer learns the scale from these; a "strong" reference that totals no more than
    // the "middling" one (say after a rubric gains criteria graded carelessly) would teach the wrong scale.
    const real = await loadBank("questions");
    const total = (id: string, level: string) =>
      Object.values(real.calibration.find((c) => c.questionId === id && c.level === level)?.grades ?? {}).reduce((a, b) => a + b, 0);
    const misordered = [...new Set(real.calibration.map((c) => c.questionId))]
      .map((id) => ({ id, strong: total(id, "strong"), middling: total(id, "middling"), weak: total(id, "weak") }))
      .filter((t) => !(t.strong > t.middling && t.middling > t.weak));
    expect(misordered).toEqual([]);
  });
});
