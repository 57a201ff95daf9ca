// The one place a coding question becomes a sandbox request, shared by the
// app (a candidate's "Run" and "Submit") and scripts/questions-check.ts (the
// reference and wrong solutions), so both exercise exactly the same tests.
import { DEFAULT_LIMITS, languageTimeFactors, type RunRequest } from "../sandbox/protocol.ts";
import type { CodingQuestion } from "./schema.ts";
import type { Language } from "./taxonomy.ts";

/**
 * "run": the public examples — the sandbox may echo inputs and outputs back.
 * "submit": the hidden tests — scored, details withheld by the sandbox.
 */
export type RunMode = RunRequest["mode"];

export function buildRunRequest(q: CodingQuestion, language: Language, source: string, mode: RunMode): RunRequest {
  const entry = q.entry[language];
  if (!q.languages.includes(language) || !entry) {
    throw new Error(`${q.id} is not offered in ${language} (offered: ${q.languages.join(", ")})`);
  }
  const cases = mode === "run" ? q.examples : q.hidden;
  const prefix = mode === "run" ? "example" : "hidden";
  const request: RunRequest = {
    language,
    source,
    entry,
    mode,
    tests: cases.map((t, i) => ({ id: `${prefix}-${i + 1}`, args: t.args, expected: t.expected })),
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

function definedOnly<T extends object>(obj: T): Partial<T> | undefined {
  const entries = Object.entries(obj).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}
