import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireAssessment, inviteParamsSchema } from "../assessments/access.server";
import { attemptDetail, extendAttempt, type DetailItem } from "../assessments/attempt-detail.server";
import { EXTENSION_MINUTES } from "../assessments/extension";
import { cellText, formatDuration, STATUS_LABELS } from "../assessments/results-format";
import { assessmentResults } from "../assessments/results.server";
import { TotalText } from "../components/assessment-scores";
import { CriterionGrades } from "../components/criterion-grades";
import { RegradeForm } from "../components/regrade-form";
import { regradeStatus } from "../reviews/regrade.server";
import { katexLinks } from "../components/katex-links";
import { Markdown } from "../components/markdown";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { roundErrorResponse } from "../rounds/route-errors.server";
import resultStyles from "../styles/assessment-results.css";
import integrityStyles from "../styles/integrity.css";
import { integrityReport } from "../assessments/integrity.server";
import { AttemptSignals } from "../components/integrity/attempt-signals";
import { parseForm, parseParams, readForm } from "../validation";
import { DiagramView } from "../components/whiteboard/diagram-view";

export const links: LinksFunction = () => [...katexLinks, { rel: "stylesheet", href: resultStyles }, { rel: "stylesheet", href: integrityStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.invite.name || data?.invite.email || "Candidate"} · ${data?.assessment.title ?? "Results"} · Loopwright` },
];

const notFound = () => new Response("Not found", { status: 404 });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params);
  const { inviteId } = parseParams(inviteParamsSchema, params);
  // the row gives status and totals by the same rules as the table (and closes an expired attempt)
  const { rows } = await assessmentResults(assessment, context.sandbox, { inviteIds: [inviteId] });
  const row = rows.find((r) => r.inviteId === inviteId);
  const detail = row ? await attemptDetail(assessment.id, inviteId) : null;
  if (!row || !detail) throw notFound();
  const regrades = await regradeStatus(detail.items.map((i) => i.answerId).filter((id): id is string => !!id));
  return {
    assessment: { id: assessment.id, title: assessment.title, track: assessment.track },
    row,
    ...detail,
    items: detail.items.map((item) => {
      const regrade = item.answerId ? regrades.get(item.answerId) : undefined;
      return { ...item, regrade: regrade ? { resolved: regrade.resolvedAt !== null } : null };
    }),
    // the owner's view only (requireAssessment above): what the attempt's page observed
    integrity: detail.attempt ? await integrityReport(detail.attempt.roundId, detail.items) : null,
  };
}

const extendSchema = z.object({
  intent: z.literal("extend", { error: "Unknown action" }),
  minutes: z.coerce
    .number({ error: "Enter a number of minutes" })
    .int("Enter whole minutes")
    .min(EXTENSION_MINUTES.min, `Add at least ${EXTENSION_MINUTES.min} minute`)
    .max(EXTENSION_MINUTES.max, `Add at most ${EXTENSION_MINUTES.max} minutes`),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { assessment } = await requireAssessment(request, params, "update");
  const { inviteId } = parseParams(inviteParamsSchema, params);
  const parsed = parseForm(extendSchema, await readForm(request));
  if (!parsed.ok) return data({ ok: false as const, error: Object.values(parsed.errors)[0] }, { status: 400 });
  try {
    const { deadlineAt } = await extendAttempt(assessment.id, inviteId, parsed.data.minutes);
    const minutes = parsed.data.minutes;
    return { ok: true as const, message: `Added ${minutes} ${minutes === 1 ? "minute" : "minutes"}: the attempt now ends ${formatDateTime(deadlineAt)}.` };
  } catch (error) {
    return roundErrorResponse(error);
  }
}

export default function CandidateResult() {
  const { assessment, row, invite, attempt, items, integrity } = useLoaderData<typeof loader>();
  const extended = useActionData<typeof action>();
  const label = invite.name || invite.email;
  return (
    <section className="assessment-results">
      <p>
        <Link to={`/assessments/${assessment.id}/results`}>← All results for {assessment.title}</Link>
      </p>
      <h1>{label}</h1>
      <dl className="attempt-facts">
        {invite.name ? (
          <>
            <dt>Email</dt>
            <dd>{invite.email}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd data-testid="status">{STATUS_LABELS[row.status]}</dd>
        <dt>Total</dt>
        <dd data-testid="total">
          {row.score ? <TotalText total={row.total} pending={row.pendingReview} ungraded={row.score.ungraded} /> : "—"}
          <span className="muted"> (against the {(TRACK_LABELS[assessment.track] ?? assessment.track).toLowerCase()} bar)</span>
        </dd>
        <dt>Started</dt>
        <dd>{attempt ? formatDateTime(attempt.startedAt) : "—"}</dd>
        <dt>{attempt?.finishedAt ? "Submitted" : "Ends"}</dt>
        <dd data-testid="ends">{attempt ? formatDateTime(attempt.finishedAt ?? attempt.deadlineAt) : "—"}</dd>
        <dt>Time used</dt>
        <dd>{formatDuration(row.timeUsedMs)}</dd>
        {invite.timeMultiplier !== 1 || invite.extraMinutes ? (
          <>
            <dt>Accommodation</dt>
            <dd>
              {invite.timeMultiplier !== 1 ? `${invite.timeMultiplier}× time` : ""}
              {invite.timeMultiplier !== 1 && invite.extraMinutes ? " + " : ""}
              {invite.extraMinutes ? `${invite.extraMinutes} extra minutes` : ""}
            </dd>
          </>
        ) : null}
      </dl>

      {attempt?.inProgress ? (
        <ExtendForm />
      ) : extended && !extended.ok ? (
        // the attempt ended while the form was being filled in: the form is gone, the reason stays
        <p className="form-error" role="alert">
          {extended.error}
        </p>
      ) : null}

      {!attempt ? (
        <p className="muted">The candidate has not started yet: answers appear here once they do.</p>
      ) : (
        items.map((item) => <DetailCard key={item.id} item={item} inProgress={attempt.inProgress} />)
      )}

      {integrity ? <AttemptSignals {...integrity} similarityHref={`/assessments/${assessment.id}/similarity`} /> : null}
    </section>
  );
}

function ExtendForm() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().formData?.get("intent") === "extend";
  return (
    <Form method="post" className="panel extend-form" aria-labelledby="extend-title">
      <h2 id="extend-title" className="visually-hidden">
        Give more time
      </h2>
      <div className="field">
        <label htmlFor="extend-minutes">Add minutes to this attempt</label>
        <input id="extend-minutes" name="minutes" type="number" min={EXTENSION_MINUTES.min} max={EXTENSION_MINUTES.max} step={1} required defaultValue={10} />
      </div>
      <button type="submit" name="intent" value="extend" disabled={busy}>
        {busy ? "Adding…" : "Add time"}
      </button>
      <p className="hint">The candidate's open page shows the new time within seconds.</p>
      {result ? (
        <p className={result.ok ? "notice" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.ok ? result.message : result.error}
        </p>
      ) : null}
    </Form>
  );
}

function DetailCard({ item, inProgress }: { item: DetailItem & { regrade: { resolved: boolean } | null }; inProgress: boolean }) {
  const r = item.response;
  // while the attempt runs, answers are drafts: nothing is graded or waiting for review yet
  const chip = inProgress ? (r.type === "none" ? "not answered yet" : "draft") : cellText(item.cell);
  return (
    <article className="panel detail-item" data-kind={item.kind} data-testid="detail-item">
      <header>
        <h2>
          {item.position}. {item.title}
        </h2>
        <span className={`score-chip${item.cell.state === "pending-review" && !inProgress ? " pending" : ""}`}>{chip}</span>
      </header>
      <p className="muted small">
        {STAGE_LABELS[item.stage] ?? item.stage} · {item.kind} · {item.points} {item.points === 1 ? "point" : "points"}
      </p>
      <details>
        <summary>The question</summary>
        <Markdown html={item.promptHtml} />
      </details>
      {r.type === "none" ? <p className="muted">Not answered.</p> : null}
      {r.type === "choices" ? (
        <ul className="options-result">
          {r.options.map((o) => (
            <li key={o.id} className={`${o.correct ? "correct" : ""} ${o.chosen ? "chosen" : ""}`}>
              <span className="mark" aria-hidden="true">
                {o.chosen ? (o.correct ? "✓" : "✗") : o.correct ? "○" : ""}
              </span>
              <Markdown html={o.html} className="option-text" />
              <span className="muted small">{[o.chosen ? "chosen" : "", o.correct ? "correct" : ""].filter(Boolean).join(", ")}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {r.type === "value" ? (
        <p>
          Answer: <strong>{r.given}</strong> · Expected: <strong>{r.expected}</strong>
        </p>
      ) : null}
      {r.type === "text" ? (
        <>
          <h3>Answer</h3>
          <div className="answer-text">{r.text}</div>
          {r.diagram ? <DiagramView scene={r.diagram} title="The candidate's diagram" /> : null}
        </>
      ) : null}
      {r.type === "code" ? <CodeDetail response={r} /> : null}
      {item.reviews.length ? (
        <section aria-label="Reviewers' grades">
          <h3>Reviewers' grades</h3>
          {item.reviews.map((review) => (
            <div key={review.id} className="review" data-testid="review">
              <p>
                <strong>{review.reviewer}</strong>
                {review.points !== null && review.maxPoints ? ` · ${review.points} / ${review.maxPoints}` : ""}
                {review.submittedAt ? <span className="muted small"> · {formatDateTime(review.submittedAt)}</span> : null}
              </p>
              {review.criteria.length ? <CriterionGrades grades={review.criteria} /> : null}
              {review.comment ? <div className="answer-text">{review.comment}</div> : null}
            </div>
          ))}
          {item.cell.state === "scored" && item.answerId ? <RegradeForm answerId={item.answerId} requested={item.regrade} /> : null}
        </section>
      ) : item.cell.state === "pending-review" && !inProgress ? (
        <p className="pending">Pending review: the reviewers' grades and notes appear here once they are in.</p>
      ) : null}
    </article>
  );
}

function CodeDetail({ response: r }: { response: Extract<DetailItem["response"], { type: "code" }> }) {
  return (
    <>
      <p>
        Final verdict: <strong data-testid="verdict">{r.verdict ?? "not run"}</strong>
        {r.total !== null ? (
          <span className="muted">
            {" "}
            · {r.passed}/{r.total} hidden tests passed
          </span>
        ) : null}
      </p>
      {r.compileError ? <pre className="error">{r.compileError}</pre> : null}
      {r.tests.length ? (
        <div className="table-scroll">
          <table className="hidden-tests">
            <caption className="visually-hidden">Hidden tests with inputs, expected and actual values</caption>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col">Result</th>
                <th scope="col">Input</th>
                <th scope="col">Expected</th>
                <th scope="col">Got</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {r.tests.map((t) => (
                <tr key={t.id} className={t.status === "Accepted" ? "pass" : "fail"} data-testid="hidden-test">
                  <td>{t.id}</td>
                  <td>{t.status}</td>
                  <td>
                    <code>{t.args}</code>
                  </td>
                  <td>
                    <code>{t.expected}</code>
                  </td>
                  <td>
                    <code>{t.actual}</code>
                    {t.error ? <pre className="error">{t.error}</pre> : null}
                    {t.stdout ? (
                      <details>
                        <summary>Printed output</summary>
                        <pre>{t.stdout}</pre>
                      </details>
                    ) : null}
                  </td>
                  <td>{t.timeMs.toFixed(1)} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <details>
        <summary>Code ({r.language})</summary>
        <pre>{r.code}</pre>
      </details>
    </>
  );
}
