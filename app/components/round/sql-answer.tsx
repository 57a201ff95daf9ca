import { useFetcher } from "@remix-run/react";
import { useRef, useState } from "react";
import type { PublicQuestion } from "../../../questions/index";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import type { ShownRun } from "../../rounds/run-view";
import { CodeEditor } from "../code-editor";
import { RunResults } from "./run-results";
import { SaveStatus } from "./save-status";
import { SqlResultDiff, SqlSchema } from "./sql-tables";
import { useAutosave } from "./use-autosave";

type RunResponse = { ok: boolean; error?: string; run?: ShownRun };

/** An SQL question: the tables with sample rows, a query editor, Run on the samples and Submit on hidden data. */
export function SqlAnswer({ actionUrl, view, question }: { actionUrl: string; view: RoundQuestionView; question: Extract<PublicQuestion, { kind: "sql" }> }) {
  const saved = view.response as { code?: string } | null;
  const [code, setCode] = useState(saved?.code ?? question.starter);
  const autosave = useAutosave(actionUrl, view.id, { language: "sql", code }, true);
  const run = useFetcher<RunResponse>({ key: `run-${view.id}` });
  const submit = useFetcher<RunResponse>({ key: `submit-code-${view.id}` });
  const busy = run.state !== "idle" || submit.state !== "idle";
  const latest = useRef(code);
  latest.current = code;

  const send = (intent: "run" | "submit-code") => {
    if (busy) return;
    const form = new FormData();
    form.set("intent", intent);
    form.set("question", view.id);
    form.set("language", "sql");
    form.set("code", latest.current);
    (intent === "run" ? run : submit).submit(form, { method: "post", action: actionUrl });
  };

  const runResult = run.data?.ok ? run.data.run : view.lastRun;
  const submitResult = submit.data?.ok ? submit.data.run : view.lastSubmit;
  const error = (submit.data && !submit.data.ok && submit.data.error) || (run.data && !run.data.ok && run.data.error);
  const sample = question.samples[0];
  return (
    <div className="answer coding sql">
      <SqlSchema tables={question.tables} sample={sample} />
      <p className="muted small">
        {question.ordered ? "Row order counts: use ORDER BY as asked." : "Row order does not count."}{" "}
        {question.columnNames ? "Column names count: alias them as asked." : "Column names do not count, only their order."}
      </p>
      <div className="coding-toolbar">
        <span className="muted small">SQLite · one SELECT query</span>
        <span className="spacer" />
        <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt ?? view.savedAt} />
      </div>
      <CodeEditor
        value={code}
        language="sql"
        onChange={setCode}
        onBlur={autosave.saveNow}
        onRun={() => send("run")}
        onSubmit={() => send("submit-code")}
        ariaLabel="SQL query"
      />
      <div className="answer-actions">
        <button type="button" className="secondary" onClick={() => send("run")} disabled={busy} title="Ctrl+Enter">
          {run.state !== "idle" ? "Running…" : "Run on sample data"}
        </button>
        <button type="button" onClick={() => send("submit-code")} disabled={busy} title="Ctrl+Shift+Enter">
          {submit.state !== "idle" ? "Grading…" : "Submit"}
        </button>
        <span className="muted small">Run: Ctrl+Enter · Submit: Ctrl+Shift+Enter</span>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {submitResult ? <RunResults result={submitResult} title="Hidden datasets" sql={{ ordered: question.ordered }} /> : null}
      {runResult ? <RunResults result={runResult} title="Sample data" sql={{ ordered: question.ordered }} /> : null}
      {!runResult && !submitResult && sample ? (
        <div className="examples">
          <h3>Expected on the sample data</h3>
          <SqlResultDiff actual={undefined} expected={sample.expected} ordered={question.ordered} />
        </div>
      ) : null}
    </div>
  );
}
