import { isSqlTable } from "../../../sandbox/sql-compare";
import type { ShownRun } from "../../rounds/run-view";
import { CallSteps } from "./call-steps";
import { SqlResultDiff } from "./sql-tables";

const VERDICT_TEXT: Record<string, string> = {
  Accepted: "Accepted",
  WrongAnswer: "Wrong answer",
  TimeLimit: "Time limit exceeded",
  MemoryLimit: "Memory limit exceeded",
  RuntimeError: "Runtime error",
  CompileError: "Compile error",
  InternalError: "Grader error",
};

const json = (v: unknown) => {
  const text = JSON.stringify(v);
  return text === undefined ? "undefined" : text.length > 400 ? text.slice(0, 400) + "…" : text;
};

/** `sql`: the run is a query's, shown as tables (`ordered`: row order counts). */
export function RunResults({ result, title, sql }: { result: ShownRun; title: string; sql?: { ordered: boolean } }) {
  return (
    <section className={`run-results ${result.verdict === "Accepted" ? "ok" : "fail"}`} aria-live="polite" data-testid={`results-${result.mode}`}>
      <h3>
        {title}: <span className="verdict">{VERDICT_TEXT[result.verdict] ?? result.verdict}</span>{" "}
        <span className="muted">
          {result.passed}/{result.total} passed
        </span>
      </h3>
      {result.compileError ? (
        <pre className="error">
          {result.compileError.message}
          {result.compileError.line && !result.compileError.message.includes(`line ${result.compileError.line}`)
            ? ` (line ${result.compileError.line}${result.compileError.column ? `, column ${result.compileError.column}` : ""})`
            : ""}
        </pre>
      ) : (
        <ol className="tests">
          {result.mode === "submit"
            ? result.tests.map((t, i) => (
                <li key={t.id} className={t.passed ? "pass" : "fail"}>
                  <span className="test-name">
                    Test {i + 1}: {t.passed ? "passed" : "failed"}
                  </span>
                </li>
              ))
            : result.tests.map((t, i) => (
                <li key={t.id} className={t.status === "Accepted" ? "pass" : "fail"}>
                  <span className="test-name">
                    {sql ? "Sample data" : "Example"} {i + 1}: {VERDICT_TEXT[t.status] ?? t.status}
                  </span>{" "}
                  <span className="muted small">{t.timeMs.toFixed(1)} ms</span>
                  {sql && isSqlTable(t.expected) ? (
                    <SqlResultDiff actual={isSqlTable(t.actual) ? t.actual : undefined} expected={t.expected} ordered={sql.ordered} />
                  ) : t.steps ? (
                    <CallSteps steps={t.steps} />
                  ) : (
                    <div className="test-detail">
                      {t.args ? <div>Input: <code>{t.args.map(json).join(", ")}</code></div> : null}
                      {t.expected !== undefined && t.expected !== null ? <div>Expected: <code>{json(t.expected)}</code></div> : null}
                      {t.status !== "RuntimeError" ? <div>Got: <code>{json(t.actual)}</code></div> : null}
                    </div>
                  )}
                  {t.error ? <pre className="error">{t.error}</pre> : null}
                  {t.stdout ? (
                    <details>
                      <summary>Output</summary>
                      <pre>{t.stdout}</pre>
                    </details>
                  ) : null}
                </li>
              ))}
        </ol>
      )}
    </section>
  );
}
