import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import assessmentStyles from "../styles/assessments.css";
import { KINDS, LANGUAGES, SKILLS, STAGES, TRACK_INFO, TRACKS } from "../../questions/taxonomy";
import { requireManager } from "../assessments/access.server";
import {
  addQuestion,
  moveQuestion,
  publish,
  removeQuestion,
  requireAssessment,
  setPoints,
  updateDetails,
} from "../assessments/assessments.server";
import { bankFilterSchema, previewQuestion, searchBank } from "../assessments/bank.server";
import { assessmentIdSchema, detailsSchema, POINTS_MAX, POINTS_MIN, questionIdSchema } from "../assessments/forms";
import { assessmentErrorResponse, badRequest } from "../assessments/route-errors.server";
import { AssessmentDetailsFields } from "../components/assessment-details";
import { FormError } from "../components/field";
import { katexLinks } from "../components/katex-links";
import { QuestionPreview } from "../components/question-preview";
import { KIND_LABELS, STAGE_LABELS } from "../format";
import { parseForm, parseParams, readForm } from "../validation";

export const links: LinksFunction = () => [...katexLinks, { rel: "stylesheet", href: assessmentStyles }];
export const meta: MetaFunction = () => [{ title: "Edit assessment · Loopwright" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireManager(request);
  const { id } = parseParams(assessmentIdSchema, params);
  const assessment = await requireAssessment(user, id);
  if (assessment.status !== "draft") throw redirect(`/assessments/${assessment.id}`);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filter = bankFilterSchema.parse(search);
  const preview = typeof search.preview === "string" && search.preview.length <= 120 ? await previewQuestion(search.preview) : null;
  return {
    assessment: {
      id: assessment.id,
      version: assessment.version,
      title: assessment.title,
      description: assessment.description,
      track: assessment.track,
      durationMinutes: assessment.durationMinutes,
      reviewsRequired: assessment.reviewsRequired,
    },
    questions: assessment.questions.map((q) => ({
      id: q.id,
      questionId: q.questionVersion.questionId,
      position: q.position,
      title: q.questionVersion.title,
      kind: q.questionVersion.kind,
      stage: q.questionVersion.stage,
      minutes: q.questionVersion.timeMinutes,
      points: q.points,
    })),
    filter,
    bank: await searchBank(filter),
    preview,
  };
}

const intentSchema = z.object({
  intent: z.enum(["details", "add", "up", "down", "remove", "points", "publish"], { error: "Unknown action" }),
});
const itemSchema = z.object({ item: z.string({ error: "Pick a question" }).min(1).max(64) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireManager(request);
  const { id } = parseParams(assessmentIdSchema, params);
  // ownership before reading anything else: a stranger's post is a 404 whatever it holds
  await requireAssessment(user, id);
  const form = await readForm(request);
  const intent = parseForm(intentSchema, form);
  if (!intent.ok) return badRequest(intent.errors, "Unknown action.");
  try {
    switch (intent.data.intent) {
      case "details": {
        const parsed = parseForm(detailsSchema, form);
        if (!parsed.ok) return badRequest(parsed.errors);
        await updateDetails(user, id, parsed.data);
        return { ok: true as const, message: "Details saved." };
      }
      case "add": {
        const parsed = questionIdSchema.safeParse(form.get("question"));
        if (!parsed.success) return badRequest({ question: parsed.error.issues[0].message });
        await addQuestion(user, id, parsed.data);
        return { ok: true as const, message: "Question added." };
      }
      case "up":
      case "down":
      case "remove": {
        const parsed = parseForm(itemSchema, form);
        if (!parsed.ok) return badRequest(parsed.errors);
        if (intent.data.intent === "remove") await removeQuestion(user, id, parsed.data.item);
        else await moveQuestion(user, id, parsed.data.item, intent.data.intent);
        return { ok: true as const, message: intent.data.intent === "remove" ? "Question removed." : "Order saved." };
      }
      case "points": {
        const raw: Record<string, string> = {};
        for (const [key, value] of form.entries()) {
          if (key.startsWith("points.") && typeof value === "string") raw[key.slice("points.".length)] = value;
        }
        await setPoints(user, id, raw);
        return { ok: true as const, message: "Points saved." };
      }
      case "publish":
        await publish(user, id);
        throw redirect(`/assessments/${id}?published=1`);
    }
  } catch (error) {
    return assessmentErrorResponse(error);
  }
}

function BankFilters({ filter }: { filter: Record<string, string | undefined> }) {
  const select = (name: string, label: string, options: readonly { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={filter[name] ?? ""}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Form method="get" className="bank-filters" preventScrollReset>
      {select("stage", "Stage", STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })))}
      {select("kind", "Kind", KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })))}
      {select("track", "Track", TRACKS.map((t) => ({ value: t, label: TRACK_INFO[t].label })))}
      {select("skill", "Skill", SKILLS.map((s) => ({ value: s.id, label: s.label })))}
      {select("language", "Language", LANGUAGES.map((l) => ({ value: l, label: l === "js" ? "JavaScript" : l === "ts" ? "TypeScript" : "Python" })))}
      <div className="field">
        <label htmlFor="filter-q">Search title and prompt</label>
        <input id="filter-q" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ""} />
      </div>
      <button type="submit" className="secondary">
        Filter
      </button>
    </Form>
  );
}

export default function EditAssessment() {
  const { assessment, questions, filter, bank, preview } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result && !result.ok ? result.errors : {};
  const busy = useNavigation().state !== "idle";
  const [params] = useSearchParams();
  const previewHref = (questionId: string) => {
    const next = new URLSearchParams(params);
    next.set("preview", questionId);
    return `?${next}`;
  };
  const added = new Set(questions.map((q) => q.questionId));
  const totalPoints = questions.reduce((s, q) => s + q.points, 0);
  return (
    <section className="builder">
      <div className="page-head">
        <h1>
          Edit “{assessment.title}” <span className="muted">draft v{assessment.version}</span>
        </h1>
        <Link to={`/assessments/${assessment.id}`} className="button secondary">
          Back to the assessment
        </Link>
      </div>
      {result?.ok ? (
        <p className="notice" role="status">
          {result.message}
        </p>
      ) : (
        <FormError error={result?.error} />
      )}

      <Form method="post" className="panel" noValidate>
        <h2>Details</h2>
        <AssessmentDetailsFields values={assessment} errors={errors} />
        <button type="submit" name="intent" value="details" disabled={busy}>
          Save details
        </button>
      </Form>

      <section className="panel" aria-labelledby="questions-heading">
        <h2 id="questions-heading">
          Questions <span className="muted">({questions.length}, {totalPoints} points)</span>
        </h2>
        {errors.questions ? <p className="field-error" role="alert">{errors.questions}</p> : null}
        {questions.length === 0 ? (
          <p className="muted">No questions yet: add some from the bank below.</p>
        ) : (
          <>
            <table className="question-list">
              <thead>
                <tr>
                  <th>#</th>
                  <th>Question</th>
                  <th>Kind</th>
                  <th>Points</th>
                  <th>Order</th>
                  <th>
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {questions.map((q, i) => (
                  <tr key={q.id}>
                    <td>{q.position}</td>
                    <td>
                      <Link to={previewHref(q.questionId)} preventScrollReset>
                        {q.title}
                      </Link>
                      <br />
                      <small className="muted">
                        {STAGE_LABELS[q.stage]} · about {q.minutes} min
                      </small>
                    </td>
                    <td>{KIND_LABELS[q.kind] ?? q.kind}</td>
                    <td>
                      <label htmlFor={`points-${q.id}`} className="visually-hidden">
                        Points for {q.title}
                      </label>
                      <input
                        id={`points-${q.id}`}
                        form="points-form"
                        name={`points.${q.id}`}
                        type="number"
                        step="0.5"
                        min={POINTS_MIN}
                        max={POINTS_MAX}
                        defaultValue={q.points}
                        key={`${q.id}-${q.points}`}
                        className="points-input"
                        aria-invalid={errors[`points.${q.id}`] ? true : undefined}
                        aria-describedby={errors[`points.${q.id}`] ? `points-${q.id}-error` : undefined}
                      />
                      {errors[`points.${q.id}`] ? (
                        <p className="field-error" id={`points-${q.id}-error`} role="alert">
                          {errors[`points.${q.id}`]}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <Form method="post" className="row-actions" preventScrollReset>
                        <input type="hidden" name="item" value={q.id} />
                        <button type="submit" name="intent" value="up" className="secondary small" disabled={i === 0 || busy} aria-label={`Move “${q.title}” up`}>
                          ↑
                        </button>
                        <button
                          type="submit"
                          name="intent"
                          value="down"
                          className="secondary small"
                          disabled={i === questions.length - 1 || busy}
                          aria-label={`Move “${q.title}” down`}
                        >
                          ↓
                        </button>
                      </Form>
                    </td>
                    <td>
                      <Form method="post" preventScrollReset>
                        <input type="hidden" name="item" value={q.id} />
                        <button type="submit" name="intent" value="remove" className="secondary small" disabled={busy} aria-label={`Remove “${q.title}”`}>
                          Remove
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Form method="post" id="points-form" preventScrollReset noValidate>
              <button type="submit" name="intent" value="points" className="secondary" disabled={busy}>
                Save points
              </button>
            </Form>
          </>
        )}
        <Form method="post" className="publish-row">
          <button type="submit" name="intent" value="publish" disabled={busy}>
            Publish v{assessment.version}
          </button>
          <span className="muted">Publishing pins the exact version of every question; invites go to published versions only.</span>
        </Form>
      </section>

      <section className="panel" aria-labelledby="bank-heading">
        <h2 id="bank-heading">Add from the bank</h2>
        <BankFilters filter={filter} />
        {errors.question ? <p className="field-error" role="alert">{errors.question}</p> : null}
        <p className="muted" role="status">
          {bank.total} matching question{bank.total === 1 ? "" : "s"}
          {bank.total > bank.items.length ? `, first ${bank.items.length} shown` : ""}
        </p>
        <div className="builder-columns">
          <table className="bank-list">
            <thead>
              <tr>
                <th>Question</th>
                <th>Stage · kind</th>
                <th>
                  <span className="visually-hidden">Add</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bank.items.map((q) => (
                <tr key={q.questionId}>
                  <td>
                    <Link to={previewHref(q.questionId)} preventScrollReset aria-label={`Preview “${q.title}”`}>
                      {q.title}
                    </Link>
                    <br />
                    <small className="muted">
                      {q.difficulty} · {q.minutes} min · {q.tracks.join(", ")}
                      {q.languages.length ? ` · ${q.languages.join(", ")}` : ""}
                    </small>
                  </td>
                  <td>
                    {STAGE_LABELS[q.stage]} · {KIND_LABELS[q.kind] ?? q.kind}
                  </td>
                  <td>
                    {added.has(q.questionId) ? (
                      <span className="muted">Added</span>
                    ) : (
                      <Form method="post" preventScrollReset>
                        <input type="hidden" name="question" value={q.questionId} />
                        <button type="submit" name="intent" value="add" className="small" disabled={busy} aria-label={`Add “${q.title}”`}>
                          Add
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="preview-column">
            {preview ? (
              <QuestionPreview preview={preview} />
            ) : (
              <p className="muted">Choose a question’s title to preview it exactly as a candidate will see it.</p>
            )}
          </div>
        </div>
      </section>
    </section>
  );
}
