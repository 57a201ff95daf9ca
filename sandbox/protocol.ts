import { z } from "zod";

// The contract between the app and the sandbox. Everything that crosses into
// the sandbox is parsed here first, so the runner can trust shapes and sizes.

export const LANGUAGES = ["js", "ts", "python", "sql"] as const;
export type Language = (typeof LANGUAGES)[number];

export const VERDICTS = [
  "Accepted",
  "WrongAnswer",
  "TimeLimit",
  "MemoryLimit",
  "RuntimeError",
  "CompileError",
  "InternalError",
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Hard caps set by the operator; a question can ask for less, never more. */
export const OPERATOR_MAXIMA = Object.freeze({
  timeMsPerTest: 10_000,
  memoryMb: 512,
  wallMs: 60_000,
  outputBytes: 64 * 1024,
  sourceBytes: 100 * 1024,
  tests: 200,
  /** Size of one test's return value once serialised inside the isolate. */
  returnBytes: 1024 * 1024,
});

export const DEFAULT_LIMITS = Object.freeze({
  timeMsPerTest: 2_000,
  memoryMb: 128,
  wallMs: 15_000,
  outputBytes: 64 * 1024,
});

export type Limits = { timeMsPerTest: number; memoryMb: number; wallMs: number; outputBytes: number };

/**
 * A question's time limit is set for its fastest language; each language may
 * take this many times longer for the same algorithm (per test and per run).
 * Python is CPython compiled to WebAssembly: 2-3× slower than native CPython,
 * and slower again than JavaScript on loops. Defaults measured over the bank's
 * reference solutions with `npm run bench:languages` (see sandbox/README.md);
 * an operator overrides them with SANDBOX_TIME_FACTORS (e.g. "python=4"), a
 * question with its own `limits.timeFactors`.
 */
export const DEFAULT_TIME_FACTORS: Readonly<Record<Language, number>> = Object.freeze({ js: 1, ts: 1, python: 3, sql: 1 });

/** Factors from SANDBOX_TIME_FACTORS ("python=4,ts=1.2"), each between 1 and 10, over the defaults. */
export function languageTimeFactors(env: string | undefined = process.env.SANDBOX_TIME_FACTORS): Record<Language, number> {
  const factors = { ...DEFAULT_TIME_FACTORS };
  for (const part of (env ?? "").split(",")) {
    const [name, value] = part.split("=").map((x) => x.trim());
    const factor = Number(value);
    if ((LANGUAGES as readonly string[]).includes(name) && Number.isFinite(factor) && factor >= 1 && factor <= 10) {
      factors[name as Language] = factor;
    }
  }
  return factors;
}

/** Candidate identifiers only: the entry name must name a binding, and the stateful-test driver splices it into code. */
const identifier = z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]{0,99}$/, "entry must be a JavaScript identifier");

const limitsSchema = z
  .object({
    timeMsPerTest: z.number().int().positive(),
    memoryMb: z.number().int().min(8),
    wallMs: z.number().int().positive(),
    outputBytes: z.number().int().nonnegative(),
  })
  .partial();

/** An error a test expects instead of a value: its class (or a base class) and, optionally, part of its message. */
const errorSpecSchema = z.object({ name: z.string().regex(/^[A-Za-z_$][\w$.]{0,99}$/), message: z.string().max(500).optional() });
export type ErrorSpec = z.infer<typeof errorSpecSchema>;

/** A stateful test: construct the entry class with `construct`, then call methods in order. A step without `expected` is not checked. */
const sequenceSchema = z.object({
  construct: z.array(z.unknown()),
  /** The constructor itself must fail this way (then `steps` is usually empty). */
  constructThrows: errorSpecSchema.optional(),
  steps: z
    .array(z.object({ method: identifier, args: z.array(z.unknown()), expected: z.unknown().optional(), throws: errorSpecSchema.optional() }))
    .max(1_000),
});

export const runRequestSchema = z.object({
  language: z.enum(LANGUAGES),
  source: z.string().refine((s) => Buffer.byteLength(s, "utf8") <= OPERATOR_MAXIMA.sourceBytes, {
    message: `source must be at most ${OPERATOR_MAXIMA.sourceBytes / 1024} KB`,
  }),
  entry: identifier,
  mode: z.enum(["run", "submit"]),
  tests: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        args: z.array(z.unknown()),
        expected: z.unknown(),
        throws: errorSpecSchema.optional(),
        sequence: sequenceSchema.optional(),
      }),
    )
    .min(1)
    .max(OPERATOR_MAXIMA.tests)
    .refine((tests) => new Set(tests.map((t) => t.id)).size === tests.length, { message: "test ids must be unique" }),
  compare: z
    .object({
      tolerance: z.number().nonnegative().optional(),
      unordered: z.boolean().optional(),
      /** SQL: rows must come in the expected order (default: compared as a multiset). */
      ordered: z.boolean().optional(),
      /** SQL: column names must match too (default: only the number of columns). */
      columnNames: z.boolean().optional(),
    })
    .optional(),
  limits: limitsSchema.optional(),
  /**
   * In mode "submit", also put each test's return value ("actual") into the result.
   * For a caller that keeps it away from the candidate (an assessment owner's view);
   * the caller already holds the inputs and expected values.
   */
  keepActual: z.boolean().optional(),
});
export type RunRequest = z.infer<typeof runRequestSchema>;

export type CompileErrorInfo = { message: string; line?: number; column?: number };

/** One call of a stateful test as the candidate sees it (mode "run"), up to the first difference. */
export type StepView = { call: string; ok: boolean; expected?: unknown; actual?: unknown; raises?: string; error?: string };

export type TestResult = {
  id: string;
  status: Verdict;
  timeMs: number;
  stdout: string;
  error?: string;
  /** Only in mode "run": the public example's inputs and the candidate's output ("actual" also with keepActual). */
  args?: unknown[];
  expected?: unknown;
  actual?: unknown;
  /** Only in mode "run", stateful tests: the calls up to and including the first that differs. */
  steps?: StepView[];
};

export type RunResult = {
  verdict: Verdict;
  passed: number;
  total: number;
  timeMs: number;
  compileError?: CompileErrorInfo;
  tests: TestResult[];
};

const verdictSchema = z.enum(VERDICTS);
export const runResultSchema = z.object({
  verdict: verdictSchema,
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  timeMs: z.number().nonnegative(),
  compileError: z
    .object({ message: z.string(), line: z.number().int().optional(), column: z.number().int().optional() })
    .optional(),
  tests: z.array(
    z.object({
      id: z.string(),
      status: verdictSchema,
      timeMs: z.number().nonnegative(),
      stdout: z.string(),
      error: z.string().optional(),
      args: z.array(z.unknown()).optional(),
      expected: z.unknown().optional(),
      actual: z.unknown().optional(),
      steps: z
        .array(z.object({ call: z.string(), ok: z.boolean(), expected: z.unknown().optional(), actual: z.unknown().optional(), raises: z.string().optional(), error: z.string().optional() }))
        .optional(),
    }),
  ),
});

/** Question limits clamped to the operator maxima, defaults filled in. */
export function resolveLimits(requested: RunRequest["limits"]): Limits {
  const pick = (key: keyof Limits) =>
    Math.min(requested?.[key] ?? DEFAULT_LIMITS[key], OPERATOR_MAXIMA[key]);
  return {
    timeMsPerTest: pick("timeMsPerTest"),
    memoryMb: pick("memoryMb"),
    wallMs: pick("wallMs"),
    outputBytes: pick("outputBytes"),
  };
}
