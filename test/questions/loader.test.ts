import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadBank } from "../../questions/loader.ts";
import { KINDS } from "../../questions/taxonomy.ts";
import { codingFiles, mcqItem, numericItem, rubricFiles, shortItem, validBankFiles, writeBank, yaml, type Files } from "./bank-fixture.ts";

const dirs: string[] = [];
async function load(files: Files) {
  const dir = writeBank(files);
  dirs.push(dir);
  const bank = await loadBank(dir);
  // Strip the temp prefix so assertions read like the real bank's messages.
  return { ...bank, problems: bank.problems.map((p) => p.split(`${dir}/`).join("questions/")) };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("loadBank on a valid bank", () => {
  it("loads one question of each kind with no problems", async () => {
    const bank = await load(validBankFiles());
    expect(bank.problems).toEqual([]);
    expect(bank.questions.map((q) => q.kind).sort()).toEqual(["behavioral", "coding", "design", "mcq", "numeric", "short"]);
  });

  it("merges the folder's files into the question and takes id and stage from the folders", async () => {
    const bank = await load(validBankFiles());
    const coding = bank.questions.find((q) => q.kind === "coding");
    if (coding?.kind !== "coding") throw new Error("no coding question");
    expect(coding.id).toBe("add-up");
    expect(coding.stage).toBe("coding");
    expect(coding.prompt).toBe("Return the sum of `xs`.\n");
    expect(coding.starter.ts).toContain("export function addUp");
    expect(Object.keys(coding.solutions.js!.wrong)).toEqual(["wrong-first"]);
    // python is named in `entry` but not offered, so its files are not read
    expect(coding.starter.python).toBeUndefined();
  });

  it("defaults mcq `multiple` from the number of correct options", async () => {
    const two = mcqItem({ id: "two", options: [{ id: "a", text: "x", correct: true }, { id: "b", text: "y", correct: true }, { id: "c", text: "z" }] });
    const bank = await load({ "screening/q.yaml": yaml({ questions: [mcqItem(), two] }) });
    expect(bank.problems).toEqual([]);
    expect(Object.fromEntries(bank.questions.map((q) => [q.id, q.kind === "mcq" && q.multiple]))).toEqual({ "pick-one": false, two: true });
  });

  it("loads the real bank with no problems and every kind present", async () => {
    const bank = await loadBank("questions");
    expect(bank.problems).toEqual([]);
    expect(new Set(bank.questions.map((q) => q.kind)).size).toBe(KINDS.length);
  });
});

describe("loadBank reports problems", () => {
  it("names file and field, checking expected values against the declared return type", async () => {
    const files = codingFiles("coding/add-up", {
      hidden: [{ args: [[1]], expected: 1 }, { args: [[2]], expected: 2 }, { args: [[1, 2]], expected: "three" }],
    });
    const bank = await load(files);
    expect(bank.problems).toEqual([expect.stringMatching(/^questions\/coding\/add-up: hidden test 3: expected must be int \(question\.yaml line \d+\)$/)]);
    expect(bank.questions).toEqual([]);
  });

  it("reports every problem in every file in one pass", async () => {
    const files: Files = {
      ...codingFiles("coding/add-up", {
        skills: ["algorithms", "astrology"],
        examples: [],
        hidden: [{ args: [[1, "x"]], expected: 1 }, { args: [], expected: 0 }],
        tolerence: 0.1,
      }),
      "ml-technical/basics.yaml": yaml({
        questions: [
          mcqItem({ options: [{ id: "a", text: "x" }, { id: "a", text: "y" }] }),
          numericItem({ tolerance: "lots" }),
          shortItem({ accepted: ["Transformer", "transformer "] }),
        ],
      }),
      ...rubricFiles("ml-system-design/design-it", "design", {
        rubric: [{ id: "scope", title: "Scope", points: 0, anchors: { junior: "j", mid: "m", senior: "two\nlines" } }],
      }),
      "final/broken.yaml": "questions:\n  - id: x\n    id: y\n",
    };
    const { problems } = await load(files);
    const expected = [
      /^questions\/coding\/add-up: skills\[1\] unknown skill "astrology"/,
      /^questions\/coding\/add-up: unknown field "tolerence"/,
      /^questions\/coding\/add-up: examples needs at least one public example/,
      /^questions\/coding\/add-up: hidden test 1: args argument 1: xs\[1\] must be int/,
      /^questions\/coding\/add-up: hidden test 2: args has 0 arguments but the signature takes 1/,
      /^questions\/ml-technical\/basics\.yaml#pick-one: option 2: id repeats option id "a"/,
      /^questions\/ml-technical\/basics\.yaml#pick-one: options no option is marked correct/,
      /^questions\/ml-technical\/basics\.yaml#how-many: tolerance must be a number or a percentage/,
      /^questions\/ml-technical\/basics\.yaml#name-it: accepted\[1\] is the same as accepted\[0\] once normalised/,
      /^questions\/ml-system-design\/design-it: rubric criterion 1: points .*/,
      /^questions\/ml-system-design\/design-it: rubric criterion 1: anchors\.senior must be a single line/,
      /^questions\/ml-system-design\/design-it: rubric criterion 1: anchors\.staff is missing/,
      /^questions\/final\/broken\.yaml: line 3: Map keys must be unique/,
    ];
    for (const pattern of expected) expect(problems, String(pattern)).toContainEqual(expect.stringMatching(pattern));
    expect(problems).toHaveLength(expected.length);
  });

  it("checks stage/kind compatibility, unique ids, and the stage and id against the folders", async () => {
    const files: Files = {
      "screening/a.yaml": yaml({ questions: [mcqItem({ id: "dup" }), mcqItem({ id: "design-in-screening", stage: "final" })] }),
      "ml-technical/b.yaml": yaml({ questions: [numericItem({ id: "dup" })] }),
      ...rubricFiles("coding/design-it", "design"),
      ...rubricFiles("final/tell-me", "behavioral", { id: "something-else" }),
    };
    const { problems, questions } = await load(files);
    expect(problems).toEqual(
      expect.arrayContaining([
        'questions/screening/a.yaml#dup: id "dup" is also used by questions/ml-technical/b.yaml#dup',
        'questions/ml-technical/b.yaml#dup: id "dup" is also used by questions/screening/a.yaml#dup',
        'questions/screening/a.yaml#design-in-screening: stage "final" contradicts its folder (screening)',
        "questions/coding/design-it: kind design does not belong in stage coding (it takes coding, sql)",
        'questions/final/tell-me: id "something-else" must match the folder name "tell-me" (or be left out)',
      ]),
    );
    expect(problems).toHaveLength(5);
    expect(questions).toEqual([]);
  });

  it("refuses a short question whose id or title spells an accepted answer once words are joined", async () => {
    const files: Files = {
      "ml-technical/a.yaml": yaml({
        questions: [
          shortItem({ id: "mlops-paged-attention", accepted: ["PagedAttention"] }),
          shortItem({ id: "name-the-encoding", title: "The One Hot way", accepted: ["one-hot encoding", "one-hot"] }),
          shortItem({ id: "fine", title: "Paging KV memory", accepted: ["PagedAttention"] }),
        ],
      }),
    };
    const { problems, questions } = await load(files);
    expect(problems).toEqual([
      'questions/ml-technical/a.yaml#mlops-paged-attention: id "mlops-paged-attention" gives away the accepted answer "PagedAttention"; choose an id that names the topic, not the answer',
      'questions/ml-technical/a.yaml#name-the-encoding: title "The One Hot way" gives away the accepted answer "one-hot"; choose a title that names the topic, not the answer',
    ]);
    expect(questions.map((q) => q.id)).toEqual(["fine"]);
  });

  it("requires a reference and a wrong solution, a starter and an entry for every offered language", async () => {
    const files = codingFiles("coding/add-up", { entry: { js: "addUp" } });
    delete files["coding/add-up/solutions/wrong-first.js"];
    delete files["coding/add-up/solutions/reference.ts"];
    delete files["coding/add-up/solutions/wrong-first.ts"];
    delete files["coding/add-up/starter.ts"];
    const { problems } = await load(files);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^questions\/coding\/add-up: solutions\/wrong-\*\.js needs at least one known-wrong solution/),
        expect.stringMatching(/^questions\/coding\/add-up: entry\.ts is required because ts is offered/),
        expect.stringMatching(/^questions\/coding\/add-up: starter\.ts is missing/),
        expect.stringMatching(/^questions\/coding\/add-up: solutions \(ts\) are missing/),
      ]),
    );
  });

  it("flags a starter that never names the entry function and a malformed signature type", async () => {
    const files = codingFiles("coding/add-up", { signature: { params: [{ name: "xs", type: "list<int>" }], returns: "int" } });
    files["coding/add-up/starter.js"] = "function sum(xs) {}\n";
    const { problems } = await load(files);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^questions\/coding\/add-up: signature: param 1: type "list<int>": unknown type "list"/),
        expect.stringMatching(/^questions\/coding\/add-up: starter\.js does not mention the entry function addUp/),
      ]),
    );
  });

  it("flags stray files, unknown stage folders and folders without a question", async () => {
    const files: Files = {
      ...codingFiles(),
      "coding/add-up/promt.md": "typo",
      "coding/add-up/solutions/refrence.js": "typo",
      "coding/half-done/prompt.md": "no yaml yet",
      "warmup/x.yaml": yaml({ questions: [] }),
      "screening/notes.txt": "scratch",
    };
    const { problems } = await load(files);
    expect(problems).toEqual(
      expect.arrayContaining([
        "questions/coding/add-up: unexpected file promt.md (see questions/README.md for the folder layout)",
        "questions/coding/add-up: unexpected file solutions/refrence.js (solutions are reference.<ext> and wrong-<name>.<ext>)",
        "questions/coding/half-done: has prompt.md but no question.yaml",
        expect.stringMatching(/^questions\/warmup: not a stage folder/),
        "questions/screening/notes.txt: not part of any question (expected a question folder or a .yaml collection)",
      ]),
    );
  });

  it("refuses a field given both inline and as a file", async () => {
    const files = codingFiles("coding/add-up", { prompt: "inline too" });
    const { problems } = await load(files);
    expect(problems).toEqual(["questions/coding/add-up: prompt is set in both question.yaml and prompt.md; keep one"]);
  });

  it("refuses limits beyond the sandbox's operator maxima", async () => {
    const { problems } = await load(codingFiles("coding/add-up", { limits: { timeMsPerTest: 999_999 } }));
    expect(problems).toEqual([expect.stringMatching(/limits\.timeMsPerTest 999999 exceeds the sandbox maximum/)]);
  });
});

describe("loadBank at size", () => {
  // how fast is measured by `questions:check`, which prints the load time; a test only checks the result
  it("loads a bank of 200 questions of every kind", async () => {
    const files: Files = {};
    for (let i = 0; i < 50; i++) Object.assign(files, codingFiles(`coding/q-${i}`));
    for (let i = 0; i < 25; i++) Object.assign(files, rubricFiles(`ml-system-design/d-${i}`, "design"));
    for (let f = 0; f < 5; f++) {
      const items = Array.from({ length: 25 }, (_, i) =>
        [mcqItem, numericItem, shortItem][i % 3]({ id: `auto-${f}-${i}` }),
      );
      Object.assign(files, { [`ml-technical/set-${f}.yaml`]: yaml({ questions: items }) });
    }
    const dir = writeBank(files);
    dirs.push(dir);
    const bank = await loadBank(dir);
    expect(bank.problems).toEqual([]);
    expect(bank.questions).toHaveLength(200);
  });
});
