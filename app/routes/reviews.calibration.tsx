import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { CALIBRATION_LEVELS } from "../../questions/taxonomy";
import { katexLinks } from "../components/katex-links";
import { Markdown } from "../components/markdown";
import { RubricAnchors } from "../components/rubric-anchors";
import { calibrationComparison, calibrationStatus, nextCalibration, submitCalibration } from "../reviews/calibration.server";
import { ReviewError } from "../reviews/errors";
import { reviewErrorResponse, throwOnReviewError } from "../reviews/route-errors.server";
import { isReviewAdmin, requireReviewer } from "../reviews/guards.server";
import styles from "../styles/reviews.css";
import { parseParams, readForm } from "../validation";

export const links: LinksFunction = () => [...katexLinks, { rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Calibration · Loopwright" }];

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown question");
const querySchema = z
  .object({ question: slug.optional(), level: z.enum(CALIBRATION_LEVELS).optional() })
  .refine((q) => (q.question === undefined) === (q.level === undefined), "Name both the question and the level");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireReviewer(request);
  const query = parseParams(querySchema, Object.fromEntries(new URL(request.url).searchParams), 400);
  const status = await calibrationStatus(user.id, isReviewAdmin(user));
  if (query.question && query.level) {
    const comparison = await calibrationComparison(user.id, query.question, query.level).catch(throwOnReviewError);
    return { status, comparison, next: null };
  }
  return { status, comparison: null, next: await nextCalibration(user.id) };
}

const gradeSchema = z.object({
  question: slug,
  level: z.enum(CALIBRATION_LEVELS, { error: "Unknown calibration answer" }),
  points: z.record(z.string().max(80), z.coerce.number({ error: "Points must be a number" })),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireReviewer(request);
  try {
    const form = await readForm(request);
    const points: Record<string, string> = {};
    for (const [key, value] of form.entries()) if (key.startsWith("points.") && typeof value === "string" && value.trim() !== "") points[key.slice(7)] = value;
    const parsed = gradeSchema.safeParse({ question: form.get("question"), level: form.get("level"), points });
    if (!parsed.success) throw new ReviewError(parsed.error.issues[0].message, 400);
    await submitCalibration(user.id, parsed.data.question, parsed.data.level, parsed.data.points);
    return redirect(`/reviews/calibration?${new URLSearchParams({ question: parsed.data.question, level: parsed.data.level })}`);
  } catch (error) {
    return reviewErrorResponse(error);
  }
}

export default function Calibration() {
  const { status, comparison, next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <section>
      <p>
        <Link to="/reviews">← Grading queue</Link>
      </p>
      <h1>Calibration</h1>
      <p className="muted">
        Grade answers whose reference grade an experienced reviewer has set, then compare. {status.done} graded
        {status.cleared ? (status.waived ? " · calibration waived by an admin" : " · the real queue is open to you") : ` · ${status.required - status.done} more before the real queue opens`}.
      </p>
      {result && "error" in result ? (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {comparison ? (
        <div className="panel">
          <h2>
            {comparison.title}: how your grade compares
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Your points</th>
                <th scope="col">Reference</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {comparison.criteria.map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>
                    {c.mine} / {c.points}
                  </td>
                  <td>{c.reference}</td>
                  <td className={c.difference > 0 ? "diff-pos" : c.difference < 0 ? "diff-neg" : undefined}>
                    {c.difference > 0 ? `+${c.difference}` : c.difference}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">Total</th>
                <td>
                  {comparison.total.mine} / {comparison.total.max}
                </td>
                <td>{comparison.total.reference}</td>
                <td>{comparison.total.mine - comparison.total.reference > 0 ? "+" : ""}{comparison.total.mine - comparison.total.reference}</td>
              </tr>
            </tbody>
          </table>
          <h3>Why the reference grade</h3>
          <p>{comparison.rationale}</p>
          <p>
            <Link to="/reviews/calibration">Next calibration answer →</Link>
          </p>
        </div>
      ) : next ? (
        <Form method="post" className="panel">
          <input type="hidden" name="question" value={next.questionId} />
          <input type="hidden" name="level" value={next.level} />
          <h2>{next.title}</h2>
          <details>
            <summary>The question</summary>
            <Markdown html={next.promptHtml} />
          </details>
          <h3>The answer</h3>
          <div className="answer-text">{next.text}</div>
          <div className="grading-rubric">
            {next.rubric.map((c) => (
              <fieldset key={c.id} className="criterion">
                <legend>
                  <strong>{c.title}</strong> <span className="muted small">(0–{c.points} points)</span>
                </legend>
                <RubricAnchors anchors={c.anchors} />
                <div className="criterion-inputs">
                  <label>
                    Points for {c.title}
                    <input type="number" name={`points.${c.id}`} min={0} max={c.points} step={0.5} required className="points" />
                  </label>
                </div>
              </fieldset>
            ))}
          </div>
          <button type="submit" disabled={busy}>
            Submit and compare
          </button>
        </Form>
      ) : (
        <p className="notice">You have graded every calibration answer in the bank.</p>
      )}
    </section>
  );
}
