import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { STAGES, TRACKS } from "../../questions/taxonomy";
import { EmptyState } from "../components/empty-state";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { calibrationStatus } from "../reviews/calibration.server";
import { ReviewError } from "../reviews/errors";
import { reviewErrorResponse } from "../reviews/route-errors.server";
import { isReviewAdmin, requireReviewer } from "../reviews/guards.server";
import { claim, listQueue, reviewableQuestions } from "../reviews/reviews.server";
import { PURPOSE_LABELS } from "../reviews/labels";
import styles from "../styles/reviews.css";
import { parseForm, parseParams, readForm } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Grading queue · Loopwright" }];

const blank = (v: unknown) => (v === "" ? undefined : v);
const filtersSchema = z.object({
  stage: z.preprocess(blank, z.enum(STAGES, { error: "Unknown stage" }).optional()),
  track: z.preprocess(blank, z.enum(TRACKS, { error: "Unknown track" }).optional()),
  question: z.preprocess(blank, z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown question").optional()),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireReviewer(request);
  const filters = parseParams(filtersSchema, Object.fromEntries(new URL(request.url).searchParams), 400);
  const viewer = { id: user.id, isAdmin: isReviewAdmin(user) };
  const [queue, questions, calibration] = await Promise.all([listQueue(viewer, filters), reviewableQuestions(), calibrationStatus(user.id, viewer.isAdmin)]);
  return { queue, questions, filters, calibration, isAdmin: viewer.isAdmin, now: new Date() };
}

const claimSchema = z.object({ intent: z.literal("claim"), answerId: z.string().min(1).max(64) });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireReviewer(request);
  const parsed = parseForm(claimSchema, await readForm(request));
  if (!parsed.ok) return reviewErrorResponse(new ReviewError("That request is not valid.", 400));
  try {
    await claim({ id: user.id, isAdmin: isReviewAdmin(user) }, parsed.data.answerId);
  } catch (error) {
    return reviewErrorResponse(error);
  }
  throw redirect(`/reviews/${parsed.data.answerId}`);
}

function waited(since: string | Date, now: string | Date) {
  const minutes = Math.max(0, Math.round((new Date(now).getTime() - new Date(since).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

export default function ReviewQueue() {
  const { queue, questions, filters, calibration, isAdmin, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <section>
      <div className="page-head">
        <h1>Grading queue</h1>
        <nav aria-label="Grading" className="muted">
          <Link to="/reviews/calibration">Calibration</Link>
          {isAdmin ? (
            <>
              {" · "}
              <Link to="/reviews/agreement">Agreement</Link> · <Link to="/reviews/admin">Settings and reviewers</Link>
            </>
          ) : null}
        </nav>
      </div>
      <p className="muted">Answers are shown blind: you see the question, the answer and the target track, never the candidate. Claiming an answer holds your place for 30 minutes.</p>
      {!calibration.cleared ? (
        <p className="notice" role="status">
          Before the queue opens to you, grade {calibration.required - calibration.done} more calibration answer
          {calibration.required - calibration.done === 1 ? "" : "s"}: <Link to="/reviews/calibration">start calibration</Link>.
        </p>
      ) : null}
      {result && !result.ok ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      <Form method="get" className="filters">
        <label>
          Stage
          <select name="stage" defaultValue={filters.stage ?? ""}>
            <option value="">All stages</option>
            {["ml-system-design", "final", "practical"].map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s] ?? s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Track
          <select name="track" defaultValue={filters.track ?? ""}>
            <option value="">All tracks</option>
            {TRACKS.map((t) => (
              <option key={t} value={t}>
                {TRACK_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Question
          <select name="question" defaultValue={filters.question ?? ""}>
            <option value="">All questions</option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.currentVersion?.title ?? q.id}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          Filter
        </button>
      </Form>
      {queue.length === 0 ? (
        <EmptyState title="Nothing to grade">
          <p>System-design and behavioural answers of finished assessments, and practice answers candidates send for review, wait here, oldest first.</p>
        </EmptyState>
      ) : (
        <table>
          <caption className="visually-hidden">Answers waiting for a grade, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Stage</th>
              <th scope="col">Track</th>
              <th scope="col">Needs</th>
              <th scope="col">Reviews</th>
              <th scope="col">Waiting</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.map((a) => (
              <tr key={a.id} data-answer={a.id}>
                <td>{a.title}</td>
                <td>{STAGE_LABELS[a.stage] ?? a.stage}</td>
                <td>{TRACK_LABELS[a.track] ?? a.track}</td>
                <td>{PURPOSE_LABELS[a.purpose]}</td>
                <td>
                  {a.have} of {a.needed}
                  {a.held ? <span className="muted small"> ({a.held} in progress)</span> : null}
                </td>
                <td title={formatDateTime(a.waitingSince)}>{waited(a.waitingSince, now)}</td>
                <td>
                  {a.mine ? (
                    <Link to={`/reviews/${a.id}`}>Continue grading</Link>
                  ) : a.canClaim && calibration.cleared ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="claim" />
                      <input type="hidden" name="answerId" value={a.id} />
                      <button type="submit" disabled={busy} aria-label={`Claim: ${a.title}`}>
                        Claim
                      </button>
                    </Form>
                  ) : (
                    <span className="muted small">{a.canClaim ? "Calibrate first" : "Taken"}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
