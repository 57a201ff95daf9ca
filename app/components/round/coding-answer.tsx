import { useFetcher } from "@remix-run/react";
import { useRef, useState } from "react";
import type { PublicExample, PublicQuestion } from "../../../questions/index";
import { methodName } from "../../../questions/run-request";
import { formatArgs, formatValue } from "../../../sandbox/stateful";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import type { ShownRun } from "../../rounds/run-view";
import { CodeEditor } from "../code-editor";
import { RunResults } from "./run-results";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

type Language = "python" | "js" | "ts";
const LANGUAGE_LABEL: Record<Language, string> = { python: "Python", js: "JavaScript", ts: "TypeScript" };
const EDITOR_LANGUAGE = { python: "python", js: "javascript", ts: "typescript" } as const;

type RunResponse = { ok: boolean; error?: string; run?: ShownRun };

const show = (v: unknown, language: Language) => formatValue(v, language);

/** An example as the candidate's language would write it: a call and its value or error, or a sequence of calls. */
export function describeExample(e: PublicExample, entry: string, language: Language): string {
  const error = (x: { raises?: string; throws?: string; message?: string }) => {
    const name = language === "python" ? x.raises : x.throws;
    return name ? `${language === "python" ? "raises" : "throws"} ${name}${x.message ? ` ("${x.message}")` : ""}` : undefined;
  };
  if (e.calls) {
    return e.calls
      .map((c, i) => {
        if (i === 0) return `obj = ${language === "python" ? "" : "new "}${entry}(${formatArgs(c.args, language)})`;
        const call = `obj.${methodName(c.method, language)}(${formatArgs(c.args, language)})`;
        const outcome = error(c) ?? ("expected" in c ? show(c.expected, language) : undefined);
        return outcome === undefined ? call : `${call} → ${outcome}`;
      })
      .join("\n");
  }
  return `${entry}(${formatArgs(e.args, language)}) → ${error(e) ?? show(e.expected, language)}`;
}

export function CodingAnswer({ actionUrl, view, question }: { actionUrl: string; view: RoundQuestionView; question: Extract<PublicQuestion, { kind: "coding" }> }) {
  const saved = view.response as { language?: Language; code?: string } | null;
  const initialLanguage = saved?.language && question.languages.includes(saved.language) ? saved.language : question.languages[0];
  const [language, setLanguage] = useState<Language>(initialLanguage);
  // one buffer per language, so switching back and forth loses nothing
  const [buffers, setBuffers] = useState<Record<string, string>>(() => {
    const b: Record<string, string> = {};
    for (const l of question.languages) b[l] = question.code[l]?.starter ?? "";
    if (saved?.language && saved.code !== undefined) b[saved.language] = saved.code;
    return b;
  });
  const code = buffers[language] ?? "";
  const autosave = useAutosave(actionUrl, view.id, { language, code }, true);
  const run = useFetcher<RunResponse>({ key: `run-${view.id}` });
  const submit = useFetcher<RunResponse>({ key: `submit-code-${view.id}` });
  const busy = run.state !== "idle" || submit.state !== "idle";
  const latest = useRef({ language, code });
  latest.current = { language, code };

  const send = (intent: "run" | "submit-code") => {
    if (busy) return;
    const form = new FormData();
    form.set("intent", intent);
    form.set("question", view.id);
    form.set("language", latest.current.language);
    form.set("code", latest.current.code);
    (intent === "run" ? run : submit).submit(form, { method: "post", action: actionUrl });
  };

  const runResult = run.data?.ok ? run.data.run : view.lastRun;
  const submitResult = submit.data?.ok ? submit.data.run : view.lastSubmit;
  const error = (submit.data && !submit.data.ok && submit.data.error) || (run.data && !run.data.ok && run.data.error);
  return (
    <div className="answer coding">
      <div className="coding-toolbar">
        <label>
          Language{" "}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} aria-label="Language">
            {question.languages.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABEL[l]}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          Entry: <code>{question.code[language]?.entry}</code>
        </span>
        <span className="spacer" />
        <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt ?? view.savedAt} />
      </div>
      <CodeEditor
        key={language}
        value={code}
        language={EDITOR_LANGUAGE[language]}
        onChange={(next) => setBuffers((b) => ({ ...b, [language]: next }))}
        onBlur={autosave.saveNow}
        onRun={() => send("run")}
        onSubmit={() => send("submit-code")}
        ariaLabel={`${LANGUAGE_LABEL[language]} code`}
      />
      <div className="answer-actions">
        <button type="button" className="secondary" onClick={() => send("run")} disabled={busy} title="Ctrl+Enter">
          {run.state !== "idle" ? "Running…" : "Run examples"}
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
      {submitResult ? <RunResults result={submitResult} title="Hidden tests" /> : null}
      {runResult ? <RunResults result={runResult} title="Examples" /> : null}
      {!runResult && !submitResult ? (
        <div className="examples">
          <h3>Examples</h3>
          {question.examples.map((e, i) => (
            <pre key={i}>
              {describeExample(e, question.code[language]?.entry ?? "", language)}
              {e.note ? `\n${language === "python" ? "#" : "//"} ${e.note}` : ""}
            </pre>
          ))}
        </div>
      ) : null}
    </div>
  );
}
