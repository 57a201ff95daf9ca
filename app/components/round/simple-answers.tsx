import { useFetcher } from "@remix-run/react";
import { useRef, useState } from "react";
import type { PublicQuestion } from "../../../questions/index";
import { SHORT_MAX_CHARS, TEXT_MAX_CHARS, wordCount } from "../../rounds/responses";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import { Markdown } from "../markdown";
import { DiagramAnswer, holdsDrawing, type DiagramHandle } from "./diagram-answer";
import { pendingDraft } from "./pending-drafts";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

type SubmitResult = { ok: boolean; error?: string; unreachable?: boolean; outcome?: { status: string } };
type Base = { actionUrl: string; view: RoundQuestionView };

/** (a), (b), … as the explanations call the options. */
export function optionLetter(index: number): string {
  return `(${String.fromCharCode(97 + index)})`;
}

function useSubmit(view: RoundQuestionView) {
  return useFetcher<SubmitResult>({ key: `submit-${view.id}` });
}

function Feedback({ view, gradingMode }: { view: RoundQuestionView; gradingMode: "immediate" | "end" }) {
  if (view.feedback) {
    return (
      <div className={`feedback ${view.feedback.correct ? "right" : "wrong"}`} role="status">
        <strong>
          {view.feedback.correct ? "Correct." : view.feedback.score > 0 ? `Partly right (${Math.round(view.feedback.score * 100)}%).` : "Not quite."}
        </strong>
        <Markdown html={view.feedback.explanationHtml} />
      </div>
    );
  }
  if (view.status === "submitted") {
    return (
      <p className="notice" role="status">
        Answer submitted.{gradingMode === "end" ? " You will see the grade when the round ends; you can still change it until then." : ""}
      </p>
    );
  }
  return null;
}

function SubmitError({ fetcher }: { fetcher: ReturnType<typeof useSubmit> }) {
  if (!fetcher.data || fetcher.data.ok || fetcher.state !== "idle") return null;
  return (
    <div className="form-error" role="alert">
      {fetcher.data.unreachable ? (
        <>
          {fetcher.data.error} Your answer was not submitted yet; it stays here.{" "}
          <button type="submit" className="secondary small">
            Retry
          </button>
        </>
      ) : (
        fetcher.data.error
      )}
    </div>
  );
}

/** Submit (until the answer is graded for good) and where the draft stands. */
function SubmitRow({
  view,
  submit,
  autosave,
  locked,
  empty,
}: {
  view: RoundQuestionView;
  submit: ReturnType<typeof useSubmit>;
  autosave: ReturnType<typeof useAutosave>;
  locked: boolean;
  empty: boolean;
}) {
  return (
    <div className="answer-actions">
      {!locked ? (
        <button type="submit" disabled={submit.state !== "idle" || empty}>
          {submit.state !== "idle" ? "Submitting…" : "Submit answer"}
        </button>
      ) : null}
      <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt ?? view.savedAt} recovered={autosave.recovered} />
    </div>
  );
}

export function ChoiceAnswer({ actionUrl, view, question, gradingMode }: Base & { question: Extract<PublicQuestion, { kind: "mcq" }>; gradingMode: "immediate" | "end" }) {
  const [choices, setChoices] = useState<string[]>(() => (pendingDraft<{ choices: string[] }>(view.id)?.choices ?? (view.response?.choices as string[]) ?? []).slice());
  const locked = view.feedback !== null;
  const autosave = useAutosave(actionUrl, view.id, { choices }, !locked);
  const submit = useSubmit(view);
  const toggle = (id: string, on: boolean) =>
    setChoices((prev) => (question.multiple ? (on ? [...prev, id] : prev.filter((c) => c !== id)) : on ? [id] : []));
  return (
    <submit.Form method="post" action={actionUrl} className="answer">
      <input type="hidden" name="intent" value="submit" />
      <input type="hidden" name="question" value={view.id} />
      <fieldset className="options" disabled={locked}>
        <legend>{question.multiple ? "Select all that apply" : "Choose one"}</legend>
        {question.options.map((o, i) => (
          <label key={o.id} className="option">
            <input
              type={question.multiple ? "checkbox" : "radio"}
              name="choices"
              value={o.id}
              checked={choices.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
              onBlur={autosave.saveNow}
            />
            <span className="option-letter">{optionLetter(i)}</span>
            <Markdown html={view.optionsHtml[o.id] ?? ""} className="option-text" />
          </label>
        ))}
      </fieldset>
      <SubmitRow view={view} submit={submit} autosave={autosave} locked={locked} empty={choices.length === 0} />
      <SubmitError fetcher={submit} />
      <Feedback view={view} gradingMode={gradingMode} />
    </submit.Form>
  );
}

export function ValueAnswer({
  actionUrl,
  view,
  question,
  gradingMode,
}: Base & { question: Extract<PublicQuestion, { kind: "numeric" | "short" }>; gradingMode: "immediate" | "end" }) {
  const field = question.kind === "numeric" ? "value" : "text";
  const [value, setValue] = useState(() => String(pendingDraft<Record<string, string>>(view.id)?.[field] ?? view.response?.[field] ?? ""));
  const locked = view.feedback !== null;
  const autosave = useAutosave(actionUrl, view.id, { [field]: value }, !locked);
  const submit = useSubmit(view);
  // the server's refusal of this value (not a number, not finite) belongs next to the field
  const refused = submit.state === "idle" && submit.data && !submit.data.ok && !submit.data.unreachable ? submit.data.error : undefined;
  const errorId = `answer-${view.id}-error`;
  return (
    <submit.Form method="post" action={actionUrl} className="answer">
      <input type="hidden" name="intent" value="submit" />
      <input type="hidden" name="question" value={view.id} />
      <div className={`field${refused ? " has-error" : ""}`}>
        <label htmlFor={`answer-${view.id}`}>Your answer</label>
        <div className="with-unit">
          <input
            id={`answer-${view.id}`}
            name={field}
            value={value}
            inputMode={question.kind === "numeric" ? "decimal" : "text"}
            autoComplete="off"
            maxLength={question.kind === "numeric" ? 60 : SHORT_MAX_CHARS}
            disabled={locked}
            onChange={(e) => setValue(e.target.value)}
            onBlur={autosave.saveNow}
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? errorId : undefined}
          />
          {question.kind === "numeric" && question.unit ? <span className="unit">{question.unit}</span> : null}
        </div>
        {question.kind === "short" && question.hint ? <p className="hint">{question.hint}</p> : null}
        {refused ? (
          <p className="field-error" id={errorId} role="alert">
            {refused}
          </p>
        ) : null}
      </div>
      <SubmitRow view={view} submit={submit} autosave={autosave} locked={locked} empty={!value.trim()} />
      {refused ? null : <SubmitError fetcher={submit} />}
      <Feedback view={view} gradingMode={gradingMode} />
    </submit.Form>
  );
}

export function FreeTextAnswer({ actionUrl, view, question }: Base & { question: Extract<PublicQuestion, { kind: "design" | "behavioral" }> }) {
  const [text, setText] = useState(() => String(pendingDraft<{ text: string }>(view.id)?.text ?? view.response?.text ?? ""));
  const autosave = useAutosave(actionUrl, view.id, { text }, true);
  const submit = useSubmit(view);
  const words = wordCount(text);
  const design = question.kind === "design";
  // a design answer may be a drawing alone (the server accepts one), so the board counts too
  const [drawn, setDrawn] = useState(() => design && holdsDrawing(view));
  const diagram = useRef<DiagramHandle>(null);
  const sceneField = useRef<HTMLInputElement>(null);
  const form = (
    <submit.Form
      method="post"
      action={actionUrl}
      className="answer"
      onSubmit={() => {
        // the drawing rides with the submission and is saved first, so an autosave still
        // waiting to go never leaves the server submitting an older drawing (or none)
        if (sceneField.current) sceneField.current.value = diagram.current?.changedScene() ?? "";
      }}
    >
      <input type="hidden" name="intent" value="submit" />
      <input type="hidden" name="question" value={view.id} />
      {design ? <input type="hidden" name="scene" defaultValue="" ref={sceneField} /> : null}
      <details className="rubric-preview">
        <summary>How this answer is graded</summary>
        <ul>
          {question.rubric.map((c) => (
            <li key={c.title}>
              {c.title} <span className="muted">({c.points} points)</span>
            </li>
          ))}
        </ul>
      </details>
      <div className="field">
        <label htmlFor={`answer-${view.id}`}>
          Your answer {question.kind === "behavioral" ? "(Situation, Task, Action, Result)" : ""}
        </label>
        <textarea
          id={`answer-${view.id}`}
          name="text"
          rows={16}
          value={text}
          maxLength={TEXT_MAX_CHARS}
          onChange={(e) => setText(e.target.value)}
          onBlur={autosave.saveNow}
        />
        <p className="hint" aria-live="polite">
          {words} {words === 1 ? "word" : "words"}
        </p>
      </div>
      <div className="answer-actions">
        <button type="submit" disabled={submit.state !== "idle" || (!text.trim() && !drawn)}>
          {submit.state !== "idle" ? "Submitting…" : view.status === "submitted" ? "Submit again" : "Submit answer"}
        </button>
        <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt ?? view.savedAt} recovered={autosave.recovered} />
      </div>
      <SubmitError fetcher={submit} />
      {view.status === "submitted" ? (
        <p className="notice" role="status">
          Answer submitted. After the round you will see the rubric and a model answer, assess yourself, and can ask a reviewer to grade it.
        </p>
      ) : null}
    </submit.Form>
  );
  if (!design) return form;
  // The whiteboard sits outside the form: Excalidraw's own buttons must never submit it.
  return (
    <>
      <DiagramAnswer actionUrl={actionUrl} view={view} starting={question.diagram} handle={diagram} onDrawn={setDrawn} />
      {form}
    </>
  );
}
