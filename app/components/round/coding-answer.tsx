import { useFetcher } from "@remix-run/react";
import { useRef, useState } from "react";
import type { PublicExample, PublicQuestion } from "../../../questions/index";
import { methodName } from "../../../questions/run-request";
import { formatArgs, formatValue } from "../../../sandbox/stateful";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import type { ShownRun } from "../../rounds/run-view";
import { CodeEditor, type Diagnostic } from "../code-editor";
import { CustomInput } from "./custom-input";
import { ResetCode } from "./reset-code";
import { TypeDiagnostics } from "./type-diagnostics";
import { pendingDraft } from "./pending-drafts";
import { RunResults } from "./run-results";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

type Language = "python" | "js" | "ts";
const LANGUAGE_LABEL: Record<Language, string> = { python: "Python", js: "JavaScript", ts: "TypeScript" };
const EDITOR_LANGUAGE = { python: "python", js: "javascript", ts: "typescript" } as const;

type RunResponse = { ok: boolean; error?: string; unreachable?: boolean; run?: ShownRun };

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
  const saved = pendingDraft<{ language?: Language; code?: string }>(view.id) ?? (view.response as { language?: Language; code?: string } | null);
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
  // which language the latest Run and Submit were in: another language's results are not shown
  const [ranIn, setRanIn] = useState<{ run?: string; submit?: string }>({});
  const [lastIntent, setLastIntent] = useState<"run" | "submit-code">("run");
  const [diagnostics, setDiagnostics] = useState<Diagnostic[] | null>(null);

  const send = (intent: "run" | "submit-code") => {
    if (busy) return;
    setLastIntent(intent);
    setRanIn((r) => ({ ...r, [intent === "run" ? "run" : "submit"]: latest.current.language }));
    const form = new FormData();
    form.set("intent", intent);
    form.set("question", view.id);
    form.set("language", latest.current.language);
    form.set("code", latest.current.code);
    (intent === "run" ? run : submit).submit(form, { method: "post", action: actionUrl });
  };

  const shown = (fresh: ShownRun | undefined, freshLanguage: string | undefined, stored: ShownRun | null) =>
    fresh && freshLanguage === language ? fresh : stored?.language === language ? stored : null;
  const runResult = shown(run.data?.ok ? run.data.run : undefined, ranIn.run, view.lastRun);
  const submitResult = shown(submit.data?.ok ? submit.data.run : undefined, ranIn.submit, view.lastSubmit);
  const failed = lastIntent === "run" ? run : submit;
  const failure = failed.state === "idle" && failed.data && !failed.data.ok ? failed.data : null;
  return (
    <div className="answer coding">
      <div className="coding-toolbar">
        <label>
          Language{" "}
          <select
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value as Language);
              setDiagnostics(null);
            }}
            aria-label="Language"
          >
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
        <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt ?? view.savedAt} recovered={autosave.recovered} />
      </div>
      <CodeEditor
        key={language}
        value={code}
        language={EDITOR_LANGUAGE[language]}
        onChange={(next) => setBuffers((b) => ({ ...b, [language]: next }))}
        onDiagnostics={language === "ts" ? setDiagnostics : undefined}
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
        <span className="spacer" />
        <ResetCode
          language={LANGUAGE_LABEL[language]}
          onReset={() => setBuffers((b) => ({ ...b, [language]: question.code[language]?.starter ?? "" }))}
        />
      </div>
      <CustomInput
        actionUrl={actionUrl}
        questionId={view.id}
        entry={question.code[language]?.entry ?? ""}
        example={question.examples[0]?.args}
        current={() => latest.current}
      />
      {failure?.unreachable ? (
        <div className="run-failure" role="alert" data-testid="run-failure">
          <p>
            {failure.error} Your code is still here; {lastIntent === "run" ? "it did not run" : "it was not submitted"}.
          </p>
          <button type="button" className="secondary" onClick={() => send(lastIntent)}>
            Retry
          </button>
        </div>
      ) : failure ? (
        <p className="form-error" role="alert">
          {failure.error}
        </p>
      ) : null}
      {language === "ts" ? <TypeDiagnostics diagnostics={diagnostics} /> : null}
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
