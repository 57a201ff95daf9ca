import { Form, Link, useActionData, useNavigate, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { Countdown } from "../countdown";
import { diagramKey, draftFilled } from "./pending-drafts";

type Props = {
  round: { id: string; title: string; track: string; deadline: string; serverNow: string };
  /** written/drawn: what the page data holds (a drawing only for a design question) */
  questions: { id: string; position: number; title: string; status: string; written: boolean; drawn: boolean }[];
};

export function RoundHeader({ round, questions }: Props) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [expired, setExpired] = useState(false);
  const finishing = useNavigation().formData?.get("intent") === "finish";
  // a finish that got no answer (server down): the round stays open, say so
  const failed = useActionData<{ ok?: boolean; error?: string }>();
  return (
    <header className="round-header">
      <div>
        <h1>{round.title}</h1>
        <p className="muted">{round.track} track</p>
      </div>
      <div className="round-clock">
        <Countdown
          deadline={round.deadline}
          serverNow={round.serverNow}
          warnAtSeconds={120}
          onExpire={() => {
            setExpired(true);
            // the server finishes the round on its next look and shows the results
            window.setTimeout(() => navigate(`/practice/rounds/${round.id}/results`), 2_500);
          }}
        />
        {expired ? (
          <p className="form-error" role="alert">
            Time is up. Your saved answers are being graded…
          </p>
        ) : confirming ? (
          <Form method="post" action="?index" className="finish-confirm">
            <UnansweredList questions={questions} />
            <span>Finish now? Saved drafts count as your answers.</span>
            <button type="submit" name="intent" value="finish" disabled={finishing}>
              {finishing ? "Finishing…" : "Yes, finish the round"}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep going
            </button>
            {failed && failed.ok === false && !finishing ? (
              <span className="form-error" role="alert">
                {failed.error} The round is not finished yet; try again.
              </span>
            ) : null}
          </Form>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Finish round
          </button>
        )}
      </div>
    </header>
  );
}

/** What finishing now leaves blank, by the page data and what was typed in this tab since. */
function UnansweredList({ questions }: Pick<Props, "questions">) {
  // this tab's drafts first (saved or not: a save does not reload the page data), then the page data
  const unanswered = questions.filter((q) => !((draftFilled(q.id) ?? q.written) || (draftFilled(diagramKey(q.id)) ?? q.drawn)));
  if (unanswered.length === 0) return <span>Every question has an answer.</span>;
  return (
    <div className="unanswered" data-testid="unanswered">
      <span>
        {unanswered.length} of {questions.length} {questions.length === 1 ? "question is" : "questions are"} unanswered:
      </span>
      <ul>
        {unanswered.map((q) => (
          <li key={q.id}>
            <Link to={`?q=${q.position}`} replace preventScrollReset>
              {q.position}. {q.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
