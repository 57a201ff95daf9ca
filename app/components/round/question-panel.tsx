import { KIND_LABELS } from "../../format";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import { Markdown } from "../markdown";
import { SplitPane } from "../split-pane";
import { CodingAnswer } from "./coding-answer";
import { SqlAnswer } from "./sql-answer";
import { ChoiceAnswer, FreeTextAnswer, ValueAnswer } from "./simple-answers";

type Props = { roundId: string; gradingMode: "immediate" | "end"; view: RoundQuestionView };

export function QuestionPanel({ roundId, gradingMode, view }: Props) {
  const q = view.question;
  const actionUrl = `/practice/rounds/${roundId}?index`;
  return (
    <article className="question panel" aria-labelledby={`q-${view.id}`}>
      <header className="question-head">
        <h2 id={`q-${view.id}`}>
          {view.position}. {q.title}
        </h2>
        <p className="muted">
          {KIND_LABELS[q.kind]} · {q.difficulty} · about {q.minutes} min
        </p>
      </header>
      {q.kind === "coding" ? (
        <SplitPane
          label="Resize the question and the editor"
          firstLabel="Question"
          first={<Markdown html={view.promptHtml} className="prompt" />}
          second={<CodingAnswer actionUrl={actionUrl} view={view} question={q} />}
        />
      ) : (
        <Markdown html={view.promptHtml} className="prompt" />
      )}
      {q.kind === "mcq" ? (
        <ChoiceAnswer actionUrl={actionUrl} view={view} question={q} gradingMode={gradingMode} />
      ) : q.kind === "numeric" || q.kind === "short" ? (
        <ValueAnswer actionUrl={actionUrl} view={view} question={q} gradingMode={gradingMode} />
      ) : q.kind === "coding" ? null : q.kind === "sql" ? (
        <SqlAnswer actionUrl={actionUrl} view={view} question={q} />
      ) : (
        <FreeTextAnswer actionUrl={actionUrl} view={view} question={q} />
      )}
    </article>
  );
}
