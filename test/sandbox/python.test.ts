import { describe, expect, it } from "vitest";
import { usePool } from "./helpers";

// Python grades like JavaScript: same verdicts, per-test results, output and
// host-side comparison. One pool (one worker) for the whole file.
const sandbox = usePool();

describe("python", () => {
  it("grades like JavaScript in mode run: args, expected, actual and print output", async () => {
    const result = await sandbox.runPython({
      mode: "run",
      source: "def solve(a, b):\n    print('adding', a, b)\n    return a + b\n",
      tests: [
        { id: "ex1", args: [1, 2], expected: 3 },
        { id: "ex2", args: [2, 2], expected: 5 },
      ],
    });
    expect(result).toMatchObject({ verdict: "WrongAnswer", passed: 1, total: 2 });
    expect(result.tests[0]).toMatchObject({ id: "ex1", status: "Accepted", args: [1, 2], expected: 3, actual: 3, stdout: "adding 1 2\n" });
    expect(result.tests[1]).toMatchObject({ status: "WrongAnswer", expected: 5, actual: 4 });
  });

  it("reads errors like Python, with the candidate's line and a trimmed traceback", async () => {
    const result = await sandbox.runPython({
      source: "def solve(n):\n    if n == 0:\n        return 1 / n\n    return n\n",
      tests: [
        { id: "ok", args: [1], expected: 1 },
        { id: "zero", args: [0], expected: 0 },
      ],
    });
    expect(result.tests.map((t) => t.status)).toEqual(["Accepted", "RuntimeError"]);
    expect(result.tests[1].error).toBe(
      'ZeroDivisionError: division by zero (line 3)\nTraceback (most recent call last):\n  File "solution.py", line 3, in solve\n    return 1 / n\nZeroDivisionError: division by zero',
    );
    expect(result.tests[1]).not.toHaveProperty("args");
  });

  it("reports a SyntaxError as a CompileError with line and column, and a missing entry too", async () => {
    const bad = await sandbox.runPython({ source: "def solve(:\n    return 1\n" });
    expect(bad.verdict).toBe("CompileError");
    expect(bad.compileError).toMatchObject({ line: 1 });
    expect(bad.compileError?.message).toMatch(/^SyntaxError: .*\(line 1, column \d+\)$/);
    const missing = await sandbox.runPython({ source: "def other():\n    return 1\n" });
    expect(missing.verdict).toBe("CompileError");
    expect(missing.compileError?.message).toMatch(/No function named "solve"/);
  });

  it("returns JSON-compatible copies: tuples as lists, dicts, None, NaN, and applies tolerance", async () => {
    const result = await sandbox.runPython({
      mode: "run",
      compare: { tolerance: 1e-6 },
      source: "import math\ndef solve(x):\n    return {'t': (1, 2), 'n': None, 'f': x / 3, 'nan': math.nan, 's': 'é'}\n",
      tests: [{ id: "t1", args: [1], expected: { t: [1, 2], n: null, f: 0.3333334, nan: NaN, s: "é" } }],
    });
    expect(result.tests[0].error).toBeUndefined();
    expect(result.verdict).toBe("Accepted");
    const unserialisable = await sandbox.runPython({ source: "def solve():\n    return object()\n" });
    expect(unserialisable.tests[0].error).toMatch(/^TypeError: Object of type object is not JSON serializable/);
    const cyclic = await sandbox.runPython({ source: "def solve():\n    a = []\n    a.append(a)\n    return a\n" });
    expect(cyclic.tests[0].error).toMatch(/cyclic/);
  });

  it("has the standard library", async () => {
    const result = await sandbox.runPython({
      source: [
        "import math, collections, heapq, itertools, functools, statistics, random, dataclasses, typing, json, re",
        "def solve():",
        "    c = collections.Counter('abca')",
        "    h = heapq.nsmallest(2, [5, 1, 3])",
        "    p = list(itertools.permutations([1, 2]))",
        "    r = functools.reduce(lambda a, b: a * b, [1, 2, 3])",
        "    m = statistics.mean([1, 2, 3])",
        "    random.random()",
        "    @dataclasses.dataclass",
        "    class P:",
        "        x: typing.List[int]",
        "    return [c['a'], h, p, r, m, P([1]).x, json.loads('[1]'), re.findall(r'\\d', 'a1b2'), math.isqrt(17)]",
      ].join("\n"),
      tests: [{ id: "t1", args: [], expected: [2, [1, 3], [[1, 2], [2, 1]], 6, 2, [1], [1], ["1", "2"], 4] }],
    });
    expect(result.tests[0].error).toBeUndefined();
    expect(result.verdict).toBe("Accepted");
  });
});
