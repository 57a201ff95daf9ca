import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "../../questions/content-hash.ts";
import { loadBank } from "../../questions/loader.ts";
import type { CodingQuestion, DesignQuestion, Question } from "../../questions/schema.ts";

const bank = await loadBank("questions");
const find = <T extends Question>(id: string) => structuredClone(bank.questions.find((q) => q.id === id)) as T;

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"x":0,"y":1}]},"b":1}');
  });
});

describe("contentHash", () => {
  it("is a sha256 hex digest, stable across key order", () => {
    const q = find<CodingQuestion>("top-k-cosine");
    const reordered = Object.fromEntries(Object.entries(q).reverse()) as CodingQuestion;
    expect(contentHash(q)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(reordered)).toBe(contentHash(q));
  });

  it("changes when anything seen or graded changes", () => {
    const q = find<CodingQuestion>("top-k-cosine");
    const before = contentHash(q);
    const edits: ((c: CodingQuestion) => void)[] = [
      (c) => (c.prompt += " "),
      (c) => (c.hidden[2].expected = [0, 2, 1]),
      (c) => (c.examples[0].note = "changed"),
      (c) => (c.limits.timeMsPerTest = 2000),
      (c) => (c.starter.js += "\n"),
      (c) => (c.explanation += "!"),
      (c) => c.tracks.push("staff"),
    ];
    for (const edit of edits) {
      const copy = structuredClone(q);
      edit(copy);
      expect(contentHash(copy), edit.toString()).not.toBe(before);
    }
    const design = find<DesignQuestion>("fraud-detection-pipeline");
    const designBefore = contentHash(design);
    design.rubric[0].anchors.mid += ".";
    expect(contentHash(design)).not.toBe(designBefore);
  });

  it("ignores where the file lives and the reference/wrong solutions", () => {
    const q = find<CodingQuestion>("top-k-cosine");
    const before = contentHash(q);
    q.source = "questions/elsewhere";
    q.solutions.js!.reference += "\n// tidied";
    q.solutions.ts!.wrong["wrong-extra"] = "export function topKCosine() { return []; }";
    expect(contentHash(q)).toBe(before);
  });

  it("gives every question in the bank a distinct hash", () => {
    const hashes = bank.questions.map(contentHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
