import { describe, expect, it } from "vitest";
import { stageKindTrackTable, summaryLine } from "../../questions/bank-stats.ts";
import { loadBank } from "../../questions/loader.ts";
import { describePath } from "../../questions/problem-path.ts";
import { SKILLS, STAGE_KINDS } from "../../questions/taxonomy.ts";
import { checkValue, formatValueType, parseValueType, type ValueType } from "../../questions/value-types.ts";

const type = (text: string) => {
  const parsed = parseValueType(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed as ValueType;
};

describe("value types", () => {
  it("parses and prints the notation", () => {
    for (const t of ["int", "float[][]", "int?[]", "int[]?", "dict<string[]>", "any"]) expect(formatValueType(type(t))).toBe(t);
    expect(parseValueType("list<int>")).toEqual({ error: expect.stringMatching(/unknown type "list"/) });
    expect(parseValueType("int]")).toEqual({ error: expect.stringMatching(/unexpected "\]"/) });
  });

  it("checks values and says where they fail", () => {
    expect(checkValue(type("int[]"), [1, 2])).toBeNull();
    expect(checkValue(type("int[]"), [1, 2.5])).toBe("[1] must be int");
    expect(checkValue(type("float"), 2.5)).toBeNull();
    expect(checkValue(type("int?[]"), [1, null])).toBeNull();
    expect(checkValue(type("int[]?"), [null])).toBe("[0] must be int");
    expect(checkValue(type("dict<bool>"), { a: true, b: 1 })).toBe(".b must be bool");
    expect(checkValue(type("string"), 3, "name")).toBe("name must be string");
  });
});

describe("describePath", () => {
  it("words paths the way an author reads their file", () => {
    expect(describePath(["hidden", 2, "expected"])).toBe("hidden test 3: expected");
    expect(describePath(["rubric", 0, "anchors", "mid"])).toBe("rubric criterion 1: anchors.mid");
    expect(describePath(["skills", 1])).toBe("skills[1]");
    expect(describePath(["prompt"], { folder: true })).toBe("prompt.md");
    expect(describePath(["solutions", "ts", "wrong", "wrong-off-by-one"], { folder: true })).toBe("solutions/wrong-off-by-one.ts");
  });
});

describe("taxonomy", () => {
  it("has unique skill ids and gives every stage at least one kind", () => {
    expect(new Set(SKILLS.map((s) => s.id)).size).toBe(SKILLS.length);
    for (const kinds of Object.values(STAGE_KINDS)) expect(kinds.length).toBeGreaterThan(0);
  });
});

describe("bank stats", () => {
  it("prints the summary line in its fixed format and a stage × kind × track table", async () => {
    const { questions } = await loadBank("questions");
    expect(summaryLine(questions)).toMatch(/^questions: total=(\d+) coding=\d+ sql=\d+ stateful=\d+ mcq=\d+ numeric=\d+ short=\d+ design=\d+ behavioral=\d+$/);
    const total = Number(/total=(\d+)/.exec(summaryLine(questions))![1]);
    const sum = [...summaryLine(questions).matchAll(/ (?:coding|sql|mcq|numeric|short|design|behavioral)=(\d+)/g)].reduce((a, m) => a + Number(m[1]), 0);
    expect(sum).toBe(total);
    const table = stageKindTrackTable(questions);
    expect(table.split("\n")[0]).toMatch(/^stage\s+kind\s+junior\s+mid\s+senior\s+staff\s+total$/);
    const coding = questions.filter((q) => q.stage === "coding" && q.kind === "coding");
    const perTrack = (["junior", "mid", "senior", "staff"] as const).map((t) => coding.filter((q) => q.tracks.includes(t)).length);
    expect(table).toMatch(new RegExp(`^coding\\s+coding\\s+${perTrack.join("\\s+")}\\s+${coding.length}$`, "m"));
    expect(table.split("\n").at(-1)).toMatch(new RegExp(`^all\\s+.*\\s${total}$`));
  });
});
