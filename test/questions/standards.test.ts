import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { standardsProblems } from "../../questions/bank-standards.ts";
import { loadBank } from "../../questions/loader.ts";
import { roundingProblems, roundings, statedPrecision } from "../../questions/numeric-rounding.ts";
import { questionSchema, type NumericQuestion } from "../../questions/schema.ts";
import { numericItem, requiredDesignCriteria, rubricFiles, shortItem, validBankFiles, writeBank, yaml, type Files } from "./bank-fixture.ts";

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The valid fixture bank without its coding question, so the check needs no sandbox. */
function bankWithout(files: Files = {}): Files {
  const base = Object.fromEntries(Object.entries(validBankFiles()).filter(([path]) => !path.startsWith("coding/")));
  return { ...base, ...files };
}

async function standardsOf(files: Files) {
  const dir = writeBank(files);
  dirs.push(dir);
  const bank = await loadBank(dir);
  expect(bank.problems).toEqual([]);
  return standardsProblems(bank.questions).map((p) => p.split(`${dir}/`).join(""));
}

const numeric = (overrides: Record<string, unknown>) =>
  ({ ...questionSchema.parse({ stage: "ml-technical", ...numericItem(overrides) }), source: "test" }) as NumericQuestion;

describe("numeric answers accept the natural rounding", () => {
  it("reads the precision a prompt asks for", () => {
    expect(statedPrecision("What is it? Give two decimal places.")).toEqual({ kind: "decimals", n: 2 });
    expect(statedPrecision("Give **three** decimal places or more.")).toEqual({ kind: "decimals", n: 3 });
    expect(statedPrecision("Give at least four decimal\nplaces.")).toEqual({ kind: "decimals", n: 4 });
    expect(statedPrecision("Round to 3 significant figures.")).toEqual({ kind: "significant", n: 3 });
    expect(statedPrecision("How many parameters? Give the exact count.")).toEqual({ kind: "exact" });
    expect(statedPrecision("Give a decimal between 0 and 1.")).toBeUndefined();
  });

  it("rounds half-way answers both ways, and to tens and hundreds", () => {
    expect(roundings(0.8668, 2)).toEqual([0.87]);
    expect(roundings(0.125, 2)).toEqual([0.12, 0.13]);
    expect(roundings(73856, -2)).toEqual([73900]);
  });

  it("flags the two examples from the review, and passes them once fixed", () => {
    const softmax = { prompt: "What is the probability of the first token? Give a decimal between 0 and 1.", answer: 0.8668 };
    expect(roundingProblems(numeric({ ...softmax, tolerance: 0.002 }))).toEqual([
      expect.stringMatching(/^answer 0\.8668 rejects 0\.87, the answer rounded to 2 decimal places, .*widen the tolerance to at least 0\.0032$/),
    ]);
    expect(roundingProblems(numeric({ ...softmax, tolerance: 0.005 }))).toEqual([]);

    const agent = { prompt: "What percentage of tasks succeed end to end?", answer: 59.87, unit: "%" };
    expect(roundingProblems(numeric({ ...agent, tolerance: 0.1 }))).toEqual([expect.stringMatching(/rejects 60, the answer rounded as a whole percentage/)]);
    expect(roundingProblems(numeric({ ...agent, tolerance: 0.5 }))).toEqual([]);
  });

  it("holds a question to the precision its prompt states instead", () => {
    const threshold = { answer: 0.0476, tolerance: 0.001 };
    expect(roundingProblems(numeric({ ...threshold, prompt: "Give a decimal between 0 and 1." }))).toEqual([expect.stringMatching(/rejects 0\.05/)]);
    expect(roundingProblems(numeric({ ...threshold, prompt: "Give a decimal between 0 and 1, to three decimal places." }))).toEqual([]);
    expect(roundingProblems(numeric({ answer: 2.449, tolerance: 0.0005, prompt: "Give two decimal places." }))).toEqual([
      expect.stringMatching(/rejects 2\.45, the answer rounded to 2 decimal places, as the prompt asks; widen the tolerance/),
    ]);
  });

  it("takes three significant figures of a large number unless the prompt asks for the exact count", () => {
    expect(roundingProblems(numeric({ answer: 73856, tolerance: 0, prompt: "How many parameters?" }))).toEqual([expect.stringMatching(/rejects 73900/)]);
    expect(roundingProblems(numeric({ answer: 73856, tolerance: 0, prompt: "How many parameters? Give the exact count." }))).toEqual([]);
    expect(roundingProblems(numeric({ answer: 32, tolerance: 0, prompt: "How many replicas?" }))).toEqual([]);
  });

  it("fails a bank with one numeric question that rejects its natural rounding", async () => {
    expect(await standardsOf(bankWithout())).toEqual([]);
    const broken = bankWithout({
      "ml-technical/basics.yaml": yaml({ questions: [numericItem({ answer: 0.8668, tolerance: 0.002, prompt: "What is the probability?" })] }),
    });
    expect(await standardsOf(broken)).toEqual([expect.stringMatching(/^ml-technical\/basics\.yaml#how-many: answer 0\.8668 rejects 0\.87/)]);
  });
});

describe("short answers accept an expansion written with its abbreviation", () => {
  const wer = (accepted: string[]) =>
    bankWithout({ "ml-technical/basics.yaml": yaml({ questions: [shortItem({ id: "speech-metric", accepted })] }) });

  it("fails a question that accepts WER and word error rate but not word error rate (WER), and passes it once listed", async () => {
    // from the second-wave review: "Word Error Rate (WER)" scored 0
    expect(await standardsOf(wer(["word error rate", "WER", "word error rates"]))).toEqual([
      'ml-technical/basics.yaml#speech-metric: accepted answers miss "word error rate (WER)"; a candidate who writes the expansion with its abbreviation scores 0',
      'ml-technical/basics.yaml#speech-metric: accepted answers miss "word error rates (WER)"; a candidate who writes the expansion with its abbreviation scores 0',
    ]);
    expect(await standardsOf(wer(["word error rate", "WER", "word error rates", "Word Error Rate (WER)", "word-error rates (wer)"]))).toEqual([]);
  });

  it("pairs hyphenated expansions letter by letter, and leaves answers without an abbreviation alone", async () => {
    const nms = bankWithout({ "ml-technical/basics.yaml": yaml({ questions: [shortItem({ accepted: ["non-max suppression", "NMS"] })] }) });
    expect(await standardsOf(nms)).toEqual([expect.stringMatching(/miss "non-max suppression \(NMS\)"/)]);
    const plain = bankWithout({ "ml-technical/basics.yaml": yaml({ questions: [shortItem({ accepted: ["focal loss", "LoRA", "low rank adaptation"] })] }) });
    expect(await standardsOf(plain)).toEqual([]);
  });
});

describe("rubrics give reviewers levels to grade against", () => {
  const scope = { id: "scope", title: "Scope", points: 3, anchors: { junior: "States the main goal.", mid: "m", senior: "s", staff: "st" } };
  const [tradeOffs, communication] = requiredDesignCriteria;
  const design = (rubric: unknown[]) => bankWithout(rubricFiles("ml-system-design/design-it", "design", { rubric }));
  const behavioral = (rubric: unknown[]) => bankWithout(rubricFiles("final/tell-me", "behavioral", { rubric }));

  it("fails a design rubric without a trade-offs criterion, or without a communication one", async () => {
    expect(await standardsOf(design([scope, communication]))).toEqual([
      'ml-system-design/design-it: rubric has no criterion with id "trade-offs": every design rubric scores trade-offs (the alternatives weighed and why one was chosen)',
    ]);
    expect(await standardsOf(design([scope, { ...tradeOffs }, { ...communication, id: "clarity" }]))).toEqual([
      'ml-system-design/design-it: rubric has no criterion with id "communication": every design rubric scores communication (structure, stating assumptions, checking requirements)',
    ]);
    expect(await standardsOf(design([scope, tradeOffs, communication]))).toEqual([]);
  });

  it("fails a criterion whose anchors repeat across tracks, in design and behavioural rubrics", async () => {
    const repeated = { ...scope, anchors: { ...scope.anchors, senior: "Plans it well.", staff: "plans it  well." } };
    const problem = 'rubric criterion "scope": anchors.senior and anchors.staff are the same; each track\'s anchor says what that level adds';
    expect(await standardsOf(design([repeated, tradeOffs, communication]))).toEqual([`ml-system-design/design-it: ${problem}`]);
    expect(await standardsOf(behavioral([repeated]))).toEqual([`final/tell-me: ${problem}`]);
  });

  it("fails anchors that differ by only a word between tracks", async () => {
    const near = {
      ...scope,
      anchors: {
        ...scope.anchors,
        junior: "Streams click and view events through a message queue into a store keyed by session.",
        mid: "Streams click and view events through a message queue into a fast store keyed by session.",
      },
    };
    expect(await standardsOf(behavioral([near]))).toEqual([
      'final/tell-me: rubric criterion "scope": anchors.junior and anchors.mid differ by only a word or two; each track\'s anchor says what that level adds',
    ]);
  });

  it("fails a junior anchor that describes a missing or failing answer", async () => {
    for (const junior of ["Not addressed.", "No numbers.", "Does not consider evasion or bias.", "Describes the project vaguely."]) {
      const failing = { ...scope, anchors: { ...scope.anchors, junior } };
      expect(await standardsOf(behavioral([failing])), junior).toEqual([
        `final/tell-me: rubric criterion "scope": anchors.junior "${junior}" describes a missing or failing answer; describe what a competent junior shows`,
      ]);
    }
  });

  it("refuses an empty anchor when the bank loads", async () => {
    const dir = writeBank(design([{ ...scope, anchors: { ...scope.anchors, mid: "  " } }, tradeOffs, communication]));
    dirs.push(dir);
    const bank = await loadBank(dir);
    expect(bank.problems).toEqual([expect.stringMatching(/ml-system-design\/design-it: rubric criterion 1: anchors\.mid must not be empty/)]);
  });
});

describe("the real bank", () => {
  it("meets the standards", async () => {
    const bank = await loadBank("questions");
    expect(standardsProblems(bank.questions)).toEqual([]);
  });
});

describe("npm run questions:check", () => {
  const check = async (files: Files) => {
    const dir = writeBank(files);
    dirs.push(dir);
    try {
      const { stdout } = await run(process.execPath, ["--no-node-snapshot", "--import", "tsx", "scripts/questions-check.ts", dir]);
      return { code: 0, stdout };
    } catch (err) {
      const e = err as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  };

  it("passes a sound bank and fails one with standards problems, printing the offenders", async () => {
    const good = await check(bankWithout());
    expect(good.stdout).toContain("questions:check passed");
    expect(good.code).toBe(0);

    const bad = await check(
      bankWithout({
        "ml-technical/basics.yaml": yaml({ questions: [numericItem({ answer: 59.87, tolerance: 0.1, unit: "%" })] }),
        ...rubricFiles("ml-system-design/design-it", "design", { rubric: [requiredDesignCriteria[1]] }),
      }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/2 problems against the bank's standards/);
    expect(bad.stdout).toMatch(/✗ .*design-it: rubric has no criterion with id "trade-offs"/);
    expect(bad.stdout).toMatch(/✗ .*basics\.yaml#how-many: answer 59\.87 rejects 60, the answer rounded as a whole percentage/);
    expect(bad.stdout).toContain("questions:check FAILED");
  }, 60_000);
});
