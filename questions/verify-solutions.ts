// Proves a coding question's tests right: every reference solution must be
// Accepted on the public examples and on the hidden tests, and every
// known-wrong solution must be refused by the hidden tests — otherwise the
// tests would let that mistake through for candidates too. A reference must
// also finish every test within half its language's time limit, so a
// candidate's equally good solution is not at the mercy of a busy machine.
import { resolveLimits, type RunRequest, type RunResult } from "../sandbox/protocol.ts";
import { buildRunRequest } from "./run-request.ts";
import type { CodingQuestion, SqlQuestion } from "./schema.ts";
import type { Language } from "./taxonomy.ts";

/** The part of the sandbox pool this needs; tests pass a fake. */
export interface Runner {
  run(req: RunRequest): Promise<RunResult>;
}

export interface SolutionCheck {
  question: string;
  language: Language | "sql";
  /** "reference" or the wrong solution's name, e.g. "wrong-dot-product". */
  solution: string;
  ok: boolean;
  /** One line: what ran and what came back. */
  detail: string;
}

interface Job {
  q: CodingQuestion | SqlQuestion;
  language: Language | "sql";
  solution: string;
  source: string;
}

export async function verifySolutions(
  questions: (CodingQuestion | SqlQuestion)[],
  runner: Runner,
  opts: { concurrency?: number } = {},
): Promise<SolutionCheck[]> {
  const jobs: Job[] = [];
  for (const q of questions) {
    if (q.kind === "sql") {
      jobs.push({ q, language: "sql", solution: "reference", source: q.solutions.reference });
      for (const [name, source] of Object.entries(q.solutions.wrong)) jobs.push({ q, language: "sql", solution: name, source });
      continue;
    }
    for (const language of q.languages) {
      const set = q.solutions[language];
      if (!set) continue; // the loader reports a missing set; nothing to run
      jobs.push({ q, language, solution: "reference", source: set.reference });
      for (const [name, source] of Object.entries(set.wrong)) jobs.push({ q, language, solution: name, source });
    }
  }
  // Keep no more runs in flight than the pool can queue, so none is refused as busy.
  return mapLimit(jobs, opts.concurrency ?? 4, (job) => check(job, runner));
}

async function check(job: Job, runner: Runner): Promise<SolutionCheck> {
  const { q, language, solution, source } = job;
  const base = { question: q.id, language, solution };
  try {
    if (solution === "reference") {
      const submit = buildRunRequest(q, language, source, "submit");
      const [examples, hidden] = await Promise.all([runner.run(buildRunRequest(q, language, source, "run")), runner.run(submit)]);
      const accepted = examples.verdict === "Accepted" && hidden.verdict === "Accepted";
      const limit = resolveLimits(submit.limits).timeMsPerTest;
      const slowest = [...examples.tests, ...hidden.tests].reduce((a, t) => (a && a.timeMs >= t.timeMs ? a : t), undefined as RunResult["tests"][number] | undefined);
      const fast = !slowest || slowest.timeMs <= limit / 2;
      const timing = slowest ? `, slowest ${slowest.id} ${slowest.timeMs.toFixed(1)} ms of ${limit} ms` : "";
      const detail = `examples ${summary(examples)}, hidden ${summary(hidden)}${timing}`;
      if (!accepted) return { ...base, ok: false, detail: `${detail} — the reference must be Accepted${firstFailure(examples) ?? firstFailure(hidden) ?? ""}` };
      if (!fast) return { ...base, ok: false, detail: `${detail} — the reference must finish each test within half the ${language} time limit (${limit / 2} ms)` };
      return { ...base, ok: true, detail };
    }
    const hidden = await runner.run(buildRunRequest(q, language, source, "submit"));
    const ok = hidden.verdict !== "Accepted";
    return { ...base, ok, detail: ok ? `hidden ${summary(hidden)}` : `hidden ${summary(hidden)} — a known-wrong solution passed every hidden test; add a test it fails` };
  } catch (err) {
    return { ...base, ok: false, detail: `sandbox error: ${(err as Error).message}` };
  }
}

function summary(r: RunResult): string {
  return `${r.verdict} ${r.passed}/${r.total}`;
}

function firstFailure(r: RunResult): string | undefined {
  const t = r.tests.find((x) => x.status !== "Accepted");
  if (r.compileError) return `: ${r.compileError.message}`;
  if (!t) return undefined;
  return `: ${t.id} ${t.status}${t.error ? ` (${t.error.split("\n")[0]})` : ""}`;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
