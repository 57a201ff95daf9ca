import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compare, kgramHashes, markRegions, tokenize, winnow } from "./winnowing";

const bank = (question: string, file: string) => fs.readFileSync(path.join("questions", "coding", question, file), "utf8");
const reference = bank("balanced-brackets", "solutions/reference.py");
const starter = bank("balanced-brackets", "starter.py");

// The reference with every name changed, other spacing, a comment and another quote style.
const renamed = `def is_balanced(s):
    # map closers to openers
    pairs = {')': '(', ']': '[', '}': '{'}
    seen = []
    for c in s:
        if c in '([{':   seen.append(c)
        elif c in pairs:
            if not seen or seen.pop() != pairs[c]:
                return False
    return not seen
`;

describe("normalisation", () => {
  it("replaces identifiers, strings and numbers and drops whitespace and comments", () => {
    const a = tokenize("total = count + 1  # add one\n", "python").map((t) => t.text);
    const b = tokenize("s=n+42", "python").map((t) => t.text);
    expect(a).toEqual(["V", "=", "V", "+", "N"]);
    expect(b).toEqual(a);
  });

  it("keeps keywords, so the shape of the code still counts", () => {
    expect(tokenize("for (const x of xs) { return x; } // done", "js").map((t) => t.text)).toEqual([
      "for", "(", "const", "V", "of", "V", ")", "{", "return", "V", ";", "}",
    ]);
  });

  it("knows where each token stands in the original text", () => {
    const code = "let  alpha = 'b'";
    const [, name, , str] = tokenize(code, "ts");
    expect(code.slice(name.start, name.end)).toBe("alpha");
    expect(code.slice(str.start, str.end)).toBe("'b'");
  });
});

describe("winnowing", () => {
  it("keeps the rightmost minimum of each window, once", () => {
    // the paper's example shape: windows of 4 over these hashes
    const prints = winnow([77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98], 4);
    expect(prints.map((p) => p.hash)).toEqual([17, 17, 8, 39, 17]);
  });

  it("gives short code one fingerprint instead of none", () => {
    expect(winnow([5, 3, 9], 4)).toEqual([{ hash: 3, pos: 1 }]);
  });

  it("hashes the same tokens the same way", () => {
    const tokens = tokenize("a = b + c * d - e / f", "python");
    expect(kgramHashes(tokens, 3)).toEqual(kgramHashes(tokenize("x=y+z*w-v/u", "python"), 3));
  });
});

describe("similarity", () => {
  it("scores identical code 1.0", () => {
    const r = compare({ code: reference, language: "python" }, { code: reference, language: "python" }, { a: starter, b: starter });
    expect(r.shared).toBe(1);
    expect(r.regionsA.length).toBeGreaterThan(0);
  });

  it("scores the same code with renamed identifiers and new spacing high", () => {
    const r = compare({ code: reference, language: "python" }, { code: renamed, language: "python" }, { a: starter, b: starter });
    expect(r.shared).toBeGreaterThanOrEqual(0.9);
  });

  it("scores unrelated solutions low", () => {
    const other = bank("group-anagrams-in-order", "solutions/reference.py");
    const r = compare({ code: reference, language: "python" }, { code: other, language: "python" });
    expect(r.shared).toBeLessThan(0.2);
    const js = compare(
      { code: bank("balanced-brackets", "solutions/reference.js"), language: "js" },
      { code: bank("k-closest-points", "solutions/reference.js"), language: "js" },
    );
    expect(js.shared).toBeLessThan(0.2);
  });

  it("scores two different approaches to the same question lower than a copy", () => {
    const counters = bank("balanced-brackets", "solutions/wrong-counters.py");
    const r = compare({ code: reference, language: "python" }, { code: counters, language: "python" }, { a: starter, b: starter });
    expect(r.shared).toBeLessThan(0.5);
  });

  it("scores two answers that only share the starter code 0", () => {
    const r = compare({ code: starter, language: "python" }, { code: starter, language: "python" }, { a: starter, b: starter });
    expect(r.shared).toBe(0);
    expect(r.regionsA).toEqual([]);
    const grown = `${starter}\n\ndef helper(values):\n    return sorted(set(values))[::-1]\n`;
    const other = `${starter}\n\nclass Stack:\n    def __init__(self):\n        self.items = {}\n        self.size = 0\n`;
    const partly = compare({ code: grown, language: "python" }, { code: other, language: "python" }, { a: starter, b: starter });
    expect(partly.shared).toBe(0);
  });

  it("marks the shared regions in each text", () => {
    const a = `${reference}\nprint("extra lines only in one answer that nobody else wrote")\n`;
    const r = compare({ code: a, language: "python" }, { code: renamed, language: "python" }, { a: starter, b: starter });
    const marked = markRegions(a, r.regionsA);
    expect(marked.map((p) => p.text).join("")).toBe(a);
    const shared = marked.filter((p) => p.shared).map((p) => p.text).join("");
    expect(shared).toContain("stack.append(ch)");
    expect(shared).not.toContain("nobody else wrote");
  });
});
