import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { CriterionGrades } from "../components/criterion-grades";
import { Markdown } from "../components/markdown";
import { SaveStatus } from "../components/round/save-status";
import { useAutosave } from "../components/round/use-autosave";
import { RubricAnchors } from "../components/rubric-anchors";
import { katexLinks } from "../components/katex-links";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { ReviewError } from "../reviews/errors";
import { reviewErrorResponse, throwOnReviewError } from "../reviews/route-errors.server";
import { isReviewAdmin, requireReviewer } from "../reviews/guards.server";
import { claim, gradingView, saveDraft, submitReview, type GradingInput } from "../reviews/reviews.server";
import { PURPOSE_LABELS } from "../reviews/labels";
import styles from "../styles/reviews.css";
import { parseParams, readForm } from "../validation";
import { DiagramView } from "../components/whiteboard/diagram-view";

export const links: LinksFunction = () => [...katexLinks, { rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Grade an answer · Loopwright" }];

const paramsSchema = z.object({ answerId: z.string().regex(/^[a-z0-9]{1,64}$/i) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireReviewer(request);
  const { answerId } = parseParams(paramsSchema, params);
  const view = await gradingView({ id: user.id, isAdmin: isReviewAdmin(user) }, answerId).catch(throwOnReviewError);
  return { view, isAdmin: isReviewAdmin(user) };
}

const pointsValue = z.union([z.literal("").transform(() => null), z.coerce.number({ error: "Points must be a number" })]);
const gradingSchema = z.object({
  intent: z.enum(["claim", "save", "submit"], { error: "Unknown action" }),
  points: z.record(z.string().max(80), pointsValue),
  notes: z.record(z.string().max(80), z.string().max(2000, "Keep each note under 2000 characters")),
  comment: z.string().max(5000, "Keep the comment under 5000 characters"),
});

/** The grading form as FormData: points.<criterion>, note.<criterion>, comment. */
function readGrading(form: FormData) {
  const points: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (key.startsWith("points.")) points[key.slice(7)] = value.trim();
    if (key.startsWith("note.")) notes[key.slice(5)] = value;
  }
  return gradingSchema.safeParse({ intent: form.get("intent"), points, notes, comment: form.get("comment") ?? "" });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireReviewer(request);
  const { answerId } = parseParams(paramsSchema, params);
  const viewer = { id: user.id, isAdmin: isReviewAdmin(user) };
  try {
    const parsed = readGrading(await readForm(request));
    if (!parsed.success) throw new ReviewError(parsed.error.issues[0].message, 400);
    const input: GradingInput = { grades: parsed.data.points, notes: parsed.data.notes, comment: parsed.data.comment };
    if (parsed.data.intent === "claim") {
      await claim(viewer, answerId);
      return redirect(`/reviews/${answerId}`);
    }
    if (parsed.data.intent === "save") {
      const { savedAt } = await saveDraft(viewer, answerId, input);
      return { ok: true as const, savedAt: savedAt.toISOString() };
    }
    await submitReview(viewer, answerId, input);
    return redirect(`/reviews/${answerId}`);
  } catch (error) {
    return reviewErrorResponse(error);
  }
}

type View = ReturnType<typeof useLoaderData<typeof loader>>["view"];
const fmt = (n: number | null | undefined) => (n === null || n === undefined ? "—" : String(n));

export default function GradeAnswer() {
  const { view, isAdmin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <section className="grading">
      <p>
        <Link to="/reviews">← Grading queue</Link>
      </p>
      <h1>{view.title}</h1>
      <p className="muted">
        {STAGE_LABELS[view.stage] ?? view.stage} · target track: <strong>{TRACK_LABELS[view.track] ?? view.track}</strong>
        {view.open && view.open.purpose !== "initial" ? ` · ${PURPOSE_LABELS[view.open.purpose]}` : ""}
        {view.open ? ` · reviews ${view.open.have} of ${view.open.needed}` : ""}
      </p>
      <details>
        <summary>The question</summary>
        <Markdown html={view.promptHtml} />
      </details>
      <h2>The answer</h2>
      <div className="answer-text" data-testid="answer-text">
        {view.text}
      </div>
      {view.diagram ? <DiagramView scene={view.diagram} title="The answer's diagram" /> : null}
      {result && "error" in result ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {view.mine?.status === "in-progress" ? (
        <GradingForm view={view} key={view.answerId} />
      ) : view.mine?.status === "submitted" ? (
        <SubmittedReview view={view} />
      ) : view.canClaim ? (
        <Form method="post" className="review-actions">
          <input type="hidden" name="intent" value="claim" />
          <button type="submit" disabled={busy}>
            Claim and start grading
          </button>
          <span className="muted">Holds your place for 30 minutes.</span>
        </Form>
      ) : (
        <p className="muted">{isAdmin ? "You are viewing this answer as an admin." : "Enough reviewers are already on this answer."}</p>
      )}
      {view.mine?.status !== "in-progress" ? <RubricTable view={view} /> : null}
      {view.others.length > 0 ? <OtherReviews view={view} /> : null}
      {isAdmin ? <History view={view} /> : null}
    </section>
  );
}

function GradingForm({ view }: { view: View }) {
  const mine = view.mine!;
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(view.rubric.map((c) => [c.id, mine.grades[c.id] === null || mine.grades[c.id] === undefined ? "" : String(mine.grades[c.id])])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries(view.rubric.map((c) => [c.id, mine.notes[c.id] ?? ""])));
  const [comment, setComment] = useState(mine.comment);
  const fields: Record<string, string> = { comment };
  for (const c of view.rubric) {
    fields[`points.${c.id}`] = points[c.id];
    fields[`note.${c.id}`] = notes[c.id];
  }
  const autosave = useAutosave(`/reviews/${view.answerId}`, view.answerId, fields, true);
  const busy = useNavigation().state !== "idle";
  const total = view.rubric.reduce((s, c) => s + (Number(points[c.id]) || 0), 0);
  return (
    <Form method="post" onBlur={autosave.saveNow}>
      <h2>Your grade</h2>
      {view.holdExpiresAt ? <p className="muted small">Held for you until {formatDateTime(view.holdExpiresAt)}; saving your draft keeps it.</p> : null}
      <p className="muted small">★ marks the anchors of the attempt's target track ({TRACK_LABELS[view.track] ?? view.track}).</p>
      <div className="grading-rubric">
        {view.rubric.map((c) => (
          <fieldset key={c.id} className="criterion">
            <legend>
              <strong>{c.title}</strong> <span className="muted small">(0–{c.points} points)</span>
            </legend>
            <RubricAnchors anchors={c.anchors} target={view.track} />
            <div className="criterion-inputs">
              <label>
                Points for {c.title}
                <input
                  type="number"
                  name={`points.${c.id}`}
                  min={0}
                  max={c.points}
                  step={0.5}
                  inputMode="decimal"
                  value={points[c.id]}
                  onChange={(e) => setPoints((p) => ({ ...p, [c.id]: e.target.value }))}
                  className="points"
                />
              </label>
              <label>
                Note on {c.title}
                <textarea name={`note.${c.id}`} maxLength={2000} value={notes[c.id]} onChange={(e) => setNotes((n) => ({ ...n, [c.id]: e.target.value }))} />
              </label>
            </div>
          </fieldset>
        ))}
      </div>
      <label>
        Overall comment
        <textarea name="comment" maxLength={5000} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="review-actions">
        <strong aria-live="polite">
          Total: {total} / {view.maxPoints}
        </strong>
        <button type="submit" name="intent" value="submit" disabled={busy}>
          Submit grade
        </button>
        <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt} />
      </div>
      <p className="muted small">Submitted grades are final and read-only. Drafts save as you work and survive a reload.</p>
    </Form>
  );
}

function SubmittedReview({ view }: { view: View }) {
  const mine = view.mine!;
  return (
    <div className="panel">
      <h2>Your grade (submitted)</h2>
      <p>
        Submitted {mine.submittedAt ? formatDateTime(mine.submittedAt) : ""} · total <strong>{fmt(mine.total)}</strong> / {view.maxPoints}
      </p>
      <CriterionGrades grades={view.rubric.map((c) => ({ id: c.id, title: c.title, points: mine.grades[c.id], max: c.points, note: mine.notes[c.id] }))} />
      {mine.comment ? <p>Comment: {mine.comment}</p> : null}
      {view.final ? (
        <p className="notice" role="status">
          Final grade: {Math.round((view.final.score ?? 0) * 100)}%
        </p>
      ) : (
        <p className="muted">The answer's grade is pending: {view.open ? `${PURPOSE_LABELS[view.open.purpose].toLowerCase()} ${view.open.have} of ${view.open.needed}` : "waiting"}.</p>
      )}
      {view.regrade ? (
        <p className="muted">
          Regrade requested {formatDateTime(view.regrade.createdAt)}: “{view.regrade.reason}”
        </p>
      ) : null}
    </div>
  );
}

function RubricTable({ view }: { view: View }) {
  return (
    <details>
      <summary>The rubric</summary>
      {view.rubric.map((c) => (
        <div key={c.id} className="criterion">
          <h3>
            {c.title} <span className="muted small">(0–{c.points} points)</span>
          </h3>
          <RubricAnchors anchors={c.anchors} target={view.track} />
        </div>
      ))}
    </details>
  );
}

function OtherReviews({ view }: { view: View }) {
  return (
    <div className="panel">
      <h2>Other reviewers' grades</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            {view.rubric.map((c) => (
              <th scope="col" key={c.id}>
                {c.title}
              </th>
            ))}
            <th scope="col">Total</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {view.others.map((r) => (
            <tr key={r.id}>
              <td>
                {r.reviewer}
                {r.purpose !== "initial" ? <span className="muted small"> ({PURPOSE_LABELS[r.purpose].toLowerCase()})</span> : null}
              </td>
              {view.rubric.map((c) => (
                <td key={c.id} title={r.criteria[c.id]?.note}>
                  {fmt(r.criteria[c.id]?.points)}
                </td>
              ))}
              <td>
                {fmt(r.total)} / {fmt(r.maxPoints)}
              </td>
              <td>{r.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function History({ view }: { view: View }) {
  return (
    <div className="panel">
      <h2>Grade history</h2>
      {view.history.length === 0 ? (
        <p className="muted">No final grade yet.</p>
      ) : (
        <ol>
          {view.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.createdAt)}: {Math.round(h.score * 100)}% ({h.points.toFixed(2)} of {h.maxPoints} points) —{" "}
              {h.reason === "mean" ? "mean of the required reviews" : h.reason === "adjudication" ? "adjudicated: mean of the two closest reviews" : "regrade by another reviewer"}, from{" "}
              {h.reviewIds.length} review{h.reviewIds.length === 1 ? "" : "s"}
            </li>
          ))}
        </ol>
      )}
      {view.regrade ? (
        <p>
          Regrade requested {formatDateTime(view.regrade.createdAt)}
          {view.regrade.resolvedAt ? `, settled ${formatDateTime(view.regrade.resolvedAt)}` : ", waiting for a reviewer"}: “{view.regrade.reason}”
        </p>
      ) : null}
    </div>
  );
}
