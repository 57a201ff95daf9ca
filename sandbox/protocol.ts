import { z } from "zod";

// The contract between the app and the sandbox. Everything that crosses into
// the sandbox is parsed here first, so the runner can trust shapes and sizes.

export const LANGUAGES = ["js", "ts", "python"] as const;
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
export const DEFAULT_TIME_FACTORS: Readonly<Record<Language, number>> = Object.freeze({ js: 1, ts: 1, python: 3 });

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

/** Candidate identifiers only: the entry name is spliced into nothing, but it must name a binding. */
const identifier = z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]{0,99}$/, "entry must be a JavaScript identifier");

const limitsSchema = z
  .object({
    timeMsPerTest: z.number().int().positive(),
    memoryMb: z.number().int().min(8),
    wallMs: z.number().int().positive(),
    outputBytes: z.number().int().nonnegative(),
  })
  .partial();

export const runRequestSchema = z.object({
  language: z.enum(LANGUAGES),
  source: z.string().refine((s) => Buffer.byteLength(s, "utf8") <= OPERATOR_MAXIMA.sourceBytes, {
    message: `source must be at most ${OPERATOR_MAXIMA.sourceBytes / 1024} KB`,
  }),
  entry: identifier,
  mode: z.enum(["run", "submit"]),
  tests: z
    .array(z.object({ id: z.string().min(1).max(200), args: z.array(z.unknown()), expected: z.unknown() }))
    .min(1)
    .max(OPERATOR_MAXIMA.tests)
    .refine((tests) => new Set(tests.map((t) => t.id)).size === tests.length, { message: "test ids must be unique" }),
  compare: z
    .object({ tolerance: z.number().nonnegative().optional(), unordered: z.boolean().optional() })
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
