// The one place a coding or SQL question becomes a sandbox request, shared by
// the app (a candidate's "Run" and "Submit") and scripts/questions-check.ts
// (the reference and wrong solutions), so both exercise exactly the same tests.
import { DEFAULT_LIMITS, languageTimeFactors, type RunRequest } from "../sandbox/protocol.ts";
import type { CallStep, CodingQuestion, SqlQuestion, TestCase } from "./schema.ts";
import { toSqlDataset } from "./sql-schema.ts";
import type { Language } from "./taxonomy.ts";

/**
 * "run": the public examples — the sandbox may echo inputs and outputs back.
 * "submit": the hidden tests — scored, details withheld by the sandbox.
 */
export type RunMode = RunRequest["mode"];

/** A coding question in one of its languages, or an SQL question (its language is always "sql"). */
export function buildRunRequest(q: CodingQuestion | SqlQuestion, language: Language | "sql", source: string, mode: RunMode): RunRequest {
  if (q.kind === "sql") return buildSqlRunRequest(q, source, mode);
  const entry = language === "sql" ? undefined : q.entry[language];
  if (language === "sql" || !q.languages.includes(language) || !entry) {
    throw new Error(`${q.id} is not offered in ${language} (offered: ${q.languages.join(", ")})`);
  }
  const cases = mode === "run" ? q.examples : q.hidden;
  const prefix = mode === "run" ? "example" : "hidden";
  const request: RunRequest = {
    language,
    source,
    entry,
    mode,
    tests: cases.map((t, i) => toSandboxTest(t, `${prefix}-${i + 1}`, language)),
  };
  const compare = definedOnly(q.compare);
  if (compare) request.compare = compare;
  const limits = languageLimits(q, language);
  if (limits) request.limits = limits;
  return request;
}

/**
 * The question's limits as they apply to one language: the time limits are
 * set for the fastest language and multiplied by the language's factor (the
 * question's own `timeFactors`, else the sandbox's). The sandbox still caps
 * the result at its operator maxima.
 */
export function languageLimits(q: CodingQuestion, language: Language): RunRequest["limits"] {
  const { timeFactors, ...own } = q.limits;
  const limits = definedOnly(own);
  const factor = timeFactors?.[language] ?? languageTimeFactors()[language];
  if (factor === 1) return limits;
  return {
    ...limits,
    timeMsPerTest: Math.round((own.timeMsPerTest ?? DEFAULT_LIMITS.timeMsPerTest) * factor),
    wallMs: Math.round((own.wallMs ?? DEFAULT_LIMITS.wallMs) * factor),
  };
}

type SandboxTest = RunRequest["tests"][number];

function toSandboxTest(t: TestCase, id: string, language: Language): SandboxTest {
  if (t.calls) {
    const [construct, ...steps] = t.calls;
    const constructThrows = errorSpec(construct, language);
    return {
      id,
      args: [],
      expected: null,
      sequence: { construct: construct.args, ...(constructThrows ? { constructThrows } : {}), steps: steps.map((s) => toSandboxStep(s, language)) },
    };
  }
  const error = errorSpec(t, language);
  if (error) return { id, args: t.args, expected: null, throws: error };
  return { id, args: t.args, expected: t.expected };
}

function toSandboxStep(s: CallStep, language: Language): NonNullable<SandboxTest["sequence"]>["steps"][number] {
  const step: NonNullable<SandboxTest["sequence"]>["steps"][number] = { method: methodName(s.method, language), args: s.args };
  const error = errorSpec(s, language);
  if (error) step.throws = error;
  else if (Object.hasOwn(s, "expected")) step.expected = s.expected;
  return step;
}

function errorSpec(t: { raises?: string; throws?: string; message?: string }, language: Language) {
  const name = language === "python" ? t.raises : t.throws;
  if (name === undefined) return undefined;
  return t.message === undefined ? { name } : { name, message: t.message };
}

/** Calls are written camelCase; Python's method is the snake_case form (getTopK → get_top_k). */
export function methodName(method: string, language: Language): string {
  if (language !== "python") return method;
  return method.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

function buildSqlRunRequest(q: SqlQuestion, source: string, mode: RunMode): RunRequest {
  if (!q.expected) throw new Error(`${q.id}: expected results were not computed (load it through loadBank)`);
  const datasets = mode === "run" ? q.examples : q.hidden;
  const expected = mode === "run" ? q.expected.examples : q.expected.hidden;
  const prefix = mode === "run" ? "sample" : "hidden";
  const request: RunRequest = {
    language: "sql",
    source,
    entry: "query",
    mode,
    tests: datasets.map((d, i) => ({ id: `${prefix}-${i + 1}`, args: [toSqlDataset(q.tables, d)], expected: expected[i] })),
    compare: { ordered: q.compare.ordered ?? false, columnNames: q.compare.columnNames ?? false, ...(q.compare.tolerance === undefined ? {} : { tolerance: q.compare.tolerance }) },
  };
  const limits = definedOnly(q.limits);
  if (limits) request.limits = limits;
  return request;
}

function definedOnly<T extends object>(obj: T): Partial<T> | undefined {
  const entries = Object.entries(obj).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}
