import { describe, expect, it } from "vitest";
import { loadBank } from "../../questions/loader.ts";
import { toPublicQuestion } from "../../questions/public-view.ts";
import type { Question } from "../../questions/schema.ts";
import { codingFiles, mcqItem, numericItem, rubricFiles, shortItem, writeBank, yaml } from "./bank-fixture.ts";

/** Every string a candidate must never see for this question. */
function secretsOf(q: Question): string[] {
  const secrets = [q.explanation.trim()];
  switch (q.kind) {
    case "mcq":
      break; // correctness is a flag, checked structurally below
    case "numeric":
      // a short number ("7") turns up in prompts by coincidence; the "answer" key check below covers it
      if (String(q.answer).length >= 4) secrets.push(String(q.answer));
      break;
    case "short":
      secrets.push(...q.accepted);
      break;
    case "coding":
      for (const t of q.hidden) secrets.push(JSON.stringify({ args: t.args, expected: t.expected }));
      for (const set of Object.values(q.solutions)) secrets.push(set!.reference.trim(), ...Object.values(set!.wrong).map((w) => w.trim()));
      break;
    case "design":
    case "behavioral":
      secrets.push(q.modelAnswer.trim());
      // each line of the model answer on its own, in case it were split up
      secrets.push(...q.modelAnswer.split("\n").map((l) => l.trim()).filter((l) => l.length > 25));
      for (const c of q.rubric) secrets.push(...Object.values(c.anchors));
      break;
  }
  return secrets;
}

function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.add(k), keysDeep(v, out);
  return out;
}

const HIDDEN_KEYS = ["correct", "answer", "tolerance", "accepted", "normalize", "hidden", "solutions", "reference", "wrong", "anchors", "modelAnswer", "explanation", "limits", "source"];

function assertNoLeak(q: Question) {
  const json = JSON.stringify(toPublicQuestion(q));
  for (const secret of secretsOf(q)) expect(json, `${q.id} leaks ${secret.slice(0, 60)}`).not.toContain(JSON.stringify(secret).slice(1, -1));
  const keys = keysDeep(JSON.parse(json));
  for (const key of HIDDEN_KEYS) expect(keys.has(key), `${q.id} has a "${key}" field`).toBe(false);
}

describe("toPublicQuestion", () => {
  it("leaks nothing hidden from any question in the real bank", async () => {
    const bank = await loadBank("questions");
    expect(bank.questions.length).toBeGreaterThanOrEqual(6);
    for (const q of bank.questions) assertNoLeak(q);
  });

  it("leaks none of the canaries planted in every hidden field", async () => {
    const canary = (what: string) => `CANARY-${what}-7f3a`;
    const coding = codingFiles("coding/add-up", {
      hidden: [{ args: [[424242, 1]], expected: 424243, note: canary("hidden-note") }],
    });
    coding["coding/add-up/explanation.md"] = canary("explanation");
    coding["coding/add-up/solutions/reference.js"] = `// ${canary("reference")}\nfunction addUp(xs) { return xs.reduce((a, b) => a + b, 0); }\n`;
    coding["coding/add-up/solutions/wrong-first.ts"] = `// ${canary("wrong")}\nexport function addUp(xs: number[]) { return xs[0] ?? 0; }\n`;
    const design = rubricFiles("ml-system-design/d", "design", {
      rubric: [{ id: "scope", title: "Scope", points: 2, anchors: { junior: canary("a-junior"), mid: canary("a-mid"), senior: canary("a-senior"), staff: canary("a-staff") } }],
    });
    design["ml-system-design/d/model-answer.md"] = canary("model-answer");
    const dir = writeBank({
      ...coding,
      ...design,
      "ml-technical/s.yaml": yaml({
        questions: [
          mcqItem({ options: [{ id: "a", text: "first", correct: true }, { id: "b", text: "second" }], explanation: canary("mcq-explanation") }),
          numericItem({ answer: 98765.4321, explanation: canary("numeric-explanation") }),
          shortItem({ accepted: [canary("accepted")] }),
        ],
      }),
    });
    const bank = await loadBank(dir);
    expect(bank.problems).toEqual([]);
    const json = JSON.stringify(bank.questions.map(toPublicQuestion));
    expect(json).not.toMatch(/CANARY/);
    expect(json).not.toContain("424242");
    expect(json).not.toContain("98765");
  });

  it("keeps what the candidate needs", async () => {
    const bank = await loadBank("questions");
    const byId = new Map(bank.questions.map((q) => [q.id, toPublicQuestion(q)]));

    const coding = byId.get("top-k-cosine")!;
    if (coding.kind !== "coding") throw new Error("expected coding");
    expect(coding.languages).toEqual(["python", "js", "ts"]);
    expect(coding.code.js!.entry).toBe("topKCosine");
    expect(coding.code.python!.entry).toBe("top_k_cosine");
    expect(coding.code.ts!.starter).toContain("export function topKCosine");
    const full = bank.questions.find((q) => q.id === "top-k-cosine")!;
    if (full.kind !== "coding") throw new Error("expected coding");
    const twoLanguages = toPublicQuestion({ ...full, languages: ["js", "ts"] });
    if (twoLanguages.kind !== "coding") throw new Error("expected coding");
    expect(twoLanguages.code).not.toHaveProperty("python"); // a language not offered is not sent
    expect(coding.examples[0]).toEqual({ args: [[1, 0], [[1, 0], [0, 1], [1, 1]], 2], expected: [0, 2], note: expect.any(String) });

    const mcq = byId.get("spot-data-leakage")!;
    if (mcq.kind !== "mcq") throw new Error("expected mcq");
    expect(mcq.multiple).toBe(true);
    expect(mcq.options.map((o) => Object.keys(o).sort())).toEqual(Array(4).fill(["id", "text"]));

    const numeric = byId.get("positive-test-posterior")!;
    expect(numeric).toMatchObject({ kind: "numeric", unit: "%" });

    const design = byId.get("fraud-detection-pipeline")!;
    if (design.kind !== "design") throw new Error("expected design");
    expect(design.rubric[0]).toEqual({ title: "Requirements, constraints and success metrics", points: 3 });
    expect(design.prompt).toContain("100 ms");
  });
});
