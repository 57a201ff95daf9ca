import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useFetcher, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { refuseAssessmentRound } from "../assessments/attempt-routes";
import { katexLinks } from "../components/katex-links";
import { Markdown } from "../components/markdown";
import { RegradeForm } from "../components/regrade-form";
import { RunResults } from "../components/round/run-results";
import { optionLetter } from "../components/round/simple-answers";
import { TRACK_LABELS } from "../format";
import { finishIfExpired } from "../rounds/answers.server";
import { RoundError } from "../rounds/errors";
import { requestReview, roundResults, selfAssess, type ResultItem } from "../rounds/results.server";
import { describePending } from "../rounds/round-total";
import { requireRoundPermission } from "../rounds/access.server";
import { notFoundOnRoundError, roundErrorResponse } from "../rounds/route-errors.server";
import { isOpen, requireOwnRound, roundLabel, roundParamsSchema } from "../rounds/rounds.server";
import { parseParams, readForm } from "../validation";
import { DiagramView } from "../components/whiteboard/diagram-view";

export const links: LinksFunction = () => katexLinks;
export const meta: MetaFunction = () => [{ title: "Round results · Loopwright" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRoundPermission(request, "read:round:own");
  const { roundId } = parseParams(roundParamsSchema, params);
  let round = await requireOwnRound(user.id, roundId).catch(notFoundOnRoundError);
  refuseAssessmentRound(round, "loader");
  if (isOpen(round)) throw redirect(`/practice/rounds/${round.id}`);
  await finishIfExpired(context.sandbox, round);
  round = await requireOwnRound(user.id, roundId);
  const { items, total } = await roundResults(round);
  return {
    round: { id: round.id, track: TRACK_LABELS[round.track], label: roundLabel(round) },
    items,
    total,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("self-assess"), question: z.string().min(1).max(64), points: z.record(z.string().max(80), z.coerce.number()) }),
  z.object({ intent: z.literal("request-review"), question: z.string().min(1).max(64) }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRoundPermission(request, "update:round:own");
  const { roundId } = parseParams(roundParamsSchema, params);
  refuseAssessmentRound(await requireOwnRound(user.id, roundId).catch(notFoundOnRoundError), "action");
  const form = await readForm(request);
  const points: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key.startsWith("points.") && typeof value === "string") points[key.slice(7)] = value;
  const parsed = actionSchema.safeParse({ intent: form.get("intent"), question: form.get("question"), points });
  try {
    if (!parsed.success) throw new RoundError("That request is not valid: " + parsed.error.issues[0].message, 400);
    if (parsed.data.intent === "self-assess") {
      const { score } = await selfAssess(user.id, roundId, parsed.data.question, parsed.data.points);
      return { ok: true as const, message: `Self-assessment saved: ${Math.round(score * 100)}%.` };
    }
    await requestReview(user.id, roundId, parsed.data.question);
    return { ok: true as const, message: "Sent to the reviewers' queue." };
  } catch (error) {
    return roundErrorResponse(error);
  }
}

const pct = (s: number | null) => (s === null ? "—" : `${Math.round(s * 100)}%`);

export default function Results() {
  const { round, items, total } = useLoaderData<typeof loader>();
  return (
    <section className="results">
      <div className="page-head">
        <div>
          <h1>Results: {round.label}</h1>
          <p className="muted">{round.track} track</p>
        </div>
        <div className="score-big" aria-label="Round score" data-testid="round-score">
          {total.score === null ? "Pending" : pct(total.score)}
          {total.pending ? <p className="muted small">{describePending(total)}{total.score === null ? "" : "; the score counts the rest"}</p> : null}
        </div>
      </div>
      <p>
        <Link to="/practice/scores">See where you stand per track →</Link> · <Link to="/practice">Practice again</Link>
      </p>
      {items.map((item) => (
        <ResultCard key={item.id} item={item} />
      ))}
    </section>
  );
}

function ResultCard({ item }: { item: ResultItem }) {
  return (
    <article className="panel result" data-kind={item.kind}>
      <header className="question-head">
        <h2>
          {item.position}. {item.title}
        </h2>
        <span className="score-chip">
          {item.status === "unanswered" ? "Not answered" : item.score === null ? "Awaiting a grade" : pct(item.score)}
          {item.gradedBy === "self" ? " (self-assessed)" : item.gradedBy === "reviewer" ? " (reviewed)" : ""}
        </span>
      </header>
      <details>
        <summary>The question</summary>
        <Markdown html={item.promptHtml} />
      </details>
      {"options" in item ? (
        <ul className="options-result">
          {item.options.map((o, i) => (
            <li key={o.id} className={`${o.correct ? "correct" : ""} ${o.chosen ? "chosen" : ""}`}>
              <span className="mark">{o.chosen ? (o.correct ? "✓" : "✗") : o.correct ? "○" : ""}</span>
              <span className="option-letter">{optionLetter(i)}</span>
              <Markdown html={o.html} className="option-text" />
              {o.correct ? <span className="muted small">correct</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {"given" in item ? (
        <p>
          Your answer: <strong>{item.given || "—"}</strong> · Expected: <strong>{item.expected}</strong>
        </p>
      ) : null}
      {"run" in item ? (
        <>
          {item.run ? <RunResults result={item.run} title="Hidden tests" /> : <p className="muted">No code was submitted.</p>}
          {item.code ? (
            <details>
              <summary>Your code ({item.code.language})</summary>
              <pre>{item.code.source}</pre>
            </details>
          ) : null}
        </>
      ) : null}
      {"rubric" in item ? <RubricReview item={item} /> : null}
      <div className="explanation">
        <h3>Explanation</h3>
        <Markdown html={item.explanationHtml} />
      </div>
    </article>
  );
}

function RubricReview({ item }: { item: Extract<ResultItem, { rubric: unknown }> }) {
  const assess = useFetcher<{ ok: boolean; message?: string; error?: string }>();
  const review = useFetcher<{ ok: boolean; message?: string; error?: string }>();
  if (!item.text.trim() && !item.diagram?.elements.length) return <p className="muted">You did not answer this question.</p>;
  return (
    <>
      <details open>
        <summary>Your answer</summary>
        {item.text.trim() ? <div className="answer-text">{item.text}</div> : null}
        {item.diagram ? <DiagramView scene={item.diagram} title="Your diagram" /> : null}
      </details>
      <assess.Form method="post" className="rubric">
        <input type="hidden" name="intent" value="self-assess" />
        <input type="hidden" name="question" value={item.id} />
        <h3>Assess yourself against the rubric</h3>
        <table>
          <thead>
            <tr>
              <th>Criterion</th>
              <th>What each track shows</th>
              <th>Your points</th>
            </tr>
          </thead>
          <tbody>
            {item.rubric.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{c.title}</strong>
                  <br />
                  <span className="muted small">{c.points} points</span>
                </td>
                <td>
                  <dl className="anchors">
                    {(["junior", "mid", "senior", "staff"] as const).map((t) => (
                      <div key={t}>
                        <dt>{TRACK_LABELS[t]}</dt>
                        <dd>{c.anchors[t]}</dd>
                      </div>
                    ))}
                  </dl>
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`p-${item.id}-${c.id}`}>
                    Points for {c.title}
                  </label>
                  <input
                    id={`p-${item.id}-${c.id}`}
                    type="number"
                    name={`points.${c.id}`}
                    min={0}
                    max={c.points}
                    step={1}
                    required
                    defaultValue={c.self ?? undefined}
                    className="points"
                  />{" "}
                  / {c.points}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="answer-actions">
          <button type="submit" disabled={assess.state !== "idle"}>
            {item.selfAssessed ? "Update self-assessment" : "Save self-assessment"}
          </button>
          {assess.data ? (
            <span className={assess.data.ok ? "notice" : "form-error"} role="status">
              {assess.data.ok ? assess.data.message : assess.data.error}
            </span>
          ) : null}
        </div>
      </assess.Form>
      <details>
        <summary>Model answer outline</summary>
        <Markdown html={item.modelAnswerHtml} />
      </details>
      <review.Form method="post" className="answer-actions">
        <input type="hidden" name="intent" value="request-review" />
        <input type="hidden" name="question" value={item.id} />
        {item.gradedBy === "reviewer" ? (
          <p className="notice" role="status">
            Graded by a reviewer: this grade replaces your self-assessment.
          </p>
        ) : item.reviewRequested || review.data?.ok ? (
          <p className="notice" role="status">
            In the reviewers' queue. A reviewer's grade will replace your self-assessment.
          </p>
        ) : (
          <button type="submit" className="secondary" disabled={review.state !== "idle"}>
            Ask a reviewer to grade this
          </button>
        )}
        {review.data && !review.data.ok ? <span className="form-error">{review.data.error}</span> : null}
      </review.Form>
      {item.gradedBy === "reviewer" && item.answerId ? <RegradeForm answerId={item.answerId} requested={item.regrade} /> : null}
    </>
  );
}
