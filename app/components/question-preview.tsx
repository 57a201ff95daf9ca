import type { QuestionPreview as Preview } from "../assessments/bank.server";
import { KIND_LABELS } from "../format";
import { Markdown } from "./markdown";
import { SqlSchema } from "./round/sql-tables";

const LANGUAGE_LABELS: Record<string, string> = { python: "Python", js: "JavaScript", ts: "TypeScript" };

/**
 * A bank question as the round page shows it to a candidate, read-only: the prompt, the
 * options, the starter code and public examples, the rubric's criteria. Built from the
 * public view only, so nothing hidden can be here.
 */
export function QuestionPreview({ preview }: { preview: Preview }) {
  const q = preview.question;
  return (
    <article className="question panel preview" aria-labelledby="preview-title">
      <p className="muted">Preview, as the candidate sees it</p>
      <header className="question-head">
        <h3 id="preview-title">{q.title}</h3>
        <p className="muted">
          {KIND_LABELS[q.kind]} · {q.difficulty} · about {q.minutes} min
        </p>
      </header>
      <Markdown html={preview.promptHtml} className="prompt" />
      {q.kind === "mcq" ? (
        <ul className="options">
          {preview.optionsHtml.map((o) => (
            <li key={o.id} className="option">
              <Markdown html={o.html} className="option-text" />
            </li>
          ))}
          <li className="muted">{q.multiple ? "Choose every option that applies." : "Choose one option."}</li>
        </ul>
      ) : q.kind === "numeric" ? (
        <p className="muted">Answer: a number{q.unit ? ` (${q.unit})` : ""}.</p>
      ) : q.kind === "short" ? (
        <p className="muted">Answer: a short text{q.hint ? ` — ${q.hint}` : ""}.</p>
      ) : q.kind === "coding" ? (
        <>
          {q.languages.map((l) => (
            <div key={l}>
              <h4>Starter code, {LANGUAGE_LABELS[l] ?? l}</h4>
              <pre>
                <code>{q.code[l]?.starter}</code>
              </pre>
            </div>
          ))}
          {q.examples.length ? (
            <>
              <h4>Public examples</h4>
              <ul>
                {q.examples.map((e, i) => (
                  <li key={i}>
                    <code>{JSON.stringify(e.args)}</code> → <code>{JSON.stringify(e.expected)}</code>
                    {e.note ? <span className="muted"> — {e.note}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : q.kind === "sql" ? (
        <>
          <h4>Tables and sample rows</h4>
          <SqlSchema tables={q.tables} sample={q.samples[0]} />
          <h4>Starter query</h4>
          <pre>
            <code>{q.starter}</code>
          </pre>
        </>
      ) : (
        <>
          <h4>What the answer is judged on</h4>
          <ul>
            {q.rubric.map((c) => (
              <li key={c.title}>
                {c.title} <span className="muted">({c.points} points)</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
