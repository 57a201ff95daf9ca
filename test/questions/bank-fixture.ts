// Writes small banks into temporary folders, so loader tests can break one
// thing at a time and still start from files that are valid.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";

export type Files = Record<string, string>;

export function writeBank(files: Files): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bank-"));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

export const yaml = (value: unknown) => stringify(value);

const meta = { tracks: ["junior", "mid"], skills: ["algorithms"], difficulty: "easy", minutes: 10 };

export function codingFiles(folder = "coding/add-up", overrides: Record<string, unknown> = {}): Files {
  const q = {
    title: "Add up",
    kind: "coding",
    ...meta,
    languages: ["js", "ts"],
    entry: { js: "addUp", ts: "addUp", python: "add_up" },
    signature: { params: [{ name: "xs", type: "int[]" }], returns: "int" },
    examples: [{ args: [[1, 2]], expected: 3 }],
    hidden: [
      { args: [[]], expected: 0 },
      { args: [[5, -5, 7]], expected: 7 },
    ],
    ...overrides,
  };
  return {
    [`${folder}/question.yaml`]: yaml(q),
    [`${folder}/prompt.md`]: "Return the sum of `xs`.\n",
    [`${folder}/explanation.md`]: "Loop and add.\n",
    [`${folder}/starter.js`]: "function addUp(xs) {\n  return 0;\n}\n",
    [`${folder}/starter.ts`]: "export function addUp(xs: number[]): number {\n  return 0;\n}\n",
    [`${folder}/solutions/reference.js`]: "function addUp(xs) { return xs.reduce((a, b) => a + b, 0); }\n",
    [`${folder}/solutions/wrong-first.js`]: "function addUp(xs) { return xs[0] ?? 0; }\n",
    [`${folder}/solutions/reference.ts`]: "export function addUp(xs: number[]) { return xs.reduce((a, b) => a + b, 0); }\n",
    [`${folder}/solutions/wrong-first.ts`]: "export function addUp(xs: number[]) { return xs[0] ?? 0; }\n",
  };
}

export function mcqItem(overrides: Record<string, unknown> = {}) {
  return {
    id: "pick-one",
    title: "Pick one",
    kind: "mcq",
    ...meta,
    skills: ["ml-fundamentals"],
    prompt: "Which?",
    explanation: "Because.",
    options: [
      { id: "a", text: "Right", correct: true },
      { id: "b", text: "Wrong" },
    ],
    ...overrides,
  };
}

export function numericItem(overrides: Record<string, unknown> = {}) {
  return {
    id: "how-many",
    title: "How many",
    kind: "numeric",
    ...meta,
    skills: ["math-statistics"],
    prompt: "How many?",
    explanation: "Count them.",
    answer: 0.5,
    tolerance: 0.01,
    ...overrides,
  };
}

export function shortItem(overrides: Record<string, unknown> = {}) {
  return {
    id: "name-it",
    title: "Name it",
    kind: "short",
    ...meta,
    skills: ["nlp"],
    prompt: "Name it.",
    explanation: "It is a transformer.",
    accepted: ["transformer"],
    ...overrides,
  };
}

const anchors = { junior: "j", mid: "m", senior: "s", staff: "st" };

/** The criteria questions:check requires of every design rubric (questions/rubric-checks.ts). */
export const requiredDesignCriteria = [
  { id: "trade-offs", title: "Trade-offs", points: 2, anchors: { junior: "Names one alternative.", mid: "Weighs two.", senior: "Quantifies them.", staff: "Ties them to strategy." } },
  { id: "communication", title: "Communication", points: 2, anchors: { junior: "Is organised.", mid: "States assumptions.", senior: "Checks requirements.", staff: "Drives the discussion." } },
];

export function rubricFiles(folder: string, kind: "design" | "behavioral", overrides: Record<string, unknown> = {}): Files {
  return {
    [`${folder}/question.yaml`]: yaml({
      title: "Design it",
      kind,
      ...meta,
      skills: ["system-design"],
      rubric: [{ id: "scope", title: "Scope", points: 3, anchors }, ...(kind === "design" ? requiredDesignCriteria : [])],
      ...overrides,
    }),
    [`${folder}/prompt.md`]: "Design a thing.\n",
    [`${folder}/explanation.md`]: "A good answer scopes first.\n",
    [`${folder}/model-answer.md`]: "- scope\n- build\n",
  };
}

/** A bank holding one valid question of every kind. */
export function validBankFiles(): Files {
  return {
    ...codingFiles(),
    "ml-technical/basics.yaml": yaml({ questions: [mcqItem(), numericItem(), shortItem()] }),
    ...rubricFiles("ml-system-design/design-it", "design"),
    ...rubricFiles("final/tell-me", "behavioral"),
  };
}
