import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { Field } from "../components/field";
import { formatDateTime } from "../format";
import { recentGrades } from "../reviews/answer-state.server";
import { reviewerRoster, waiveCalibration } from "../reviews/calibration.server";
import { ReviewError } from "../reviews/errors";
import { requireReviewAdmin } from "../reviews/guards.server";
import { reviewSettings, updateReviewSettings } from "../reviews/settings.server";
import styles from "../styles/reviews.css";
import { parseForm, readForm, type FieldErrors } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Review settings and reviewers · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewAdmin(request);
  const [settings, reviewers, grades] = await Promise.all([reviewSettings(), reviewerRoster(), recentGrades()]);
  return { settings, reviewers, grades };
}

const percent = (label: string) =>
  z.coerce.number({ error: `${label} must be a number` }).min(1, `${label} must be at least 1%`).max(100, `${label} must be at most 100%`);
const actionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("settings"),
    totalThreshold: percent("The total threshold"),
    criterionThreshold: percent("The criterion threshold"),
    calibrationAnswers: z.coerce.number({ error: "Must be a whole number" }).int("Must be a whole number").min(0, "Must be 0 or more").max(30, "At most 30"),
  }),
  z.object({ intent: z.literal("waive"), userId: z.string().min(1).max(64) }),
]);

type ActionResult = { ok: true; message: string } | { ok: false; message: string; errors?: FieldErrors };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireReviewAdmin(request);
  const parsed = parseForm(actionSchema, await readForm(request));
  if (!parsed.ok) return data<ActionResult>({ ok: false, message: Object.values(parsed.errors)[0], errors: parsed.errors }, { status: 400 });
  const input = parsed.data;
  if (input.intent === "settings") {
    await updateReviewSettings(admin.id, {
      totalThreshold: input.totalThreshold / 100,
      criterionThreshold: input.criterionThreshold / 100,
      calibrationAnswers: input.calibrationAnswers,
    });
    return data<ActionResult>({ ok: true, message: "Settings saved. They apply to reviews submitted from now on." });
  }
  try {
    await waiveCalibration(admin.id, input.userId);
  } catch (error) {
    if (error instanceof ReviewError) return data<ActionResult>({ ok: false, message: error.message }, { status: error.status });
    throw error;
  }
  return data<ActionResult>({ ok: true, message: "Calibration waived: the reviewer can grade the real queue now." });
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export default function ReviewAdmin() {
  const { settings, reviewers, grades } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const errors = result && !result.ok ? (result.errors ?? {}) : {};
  return (
    <section>
      <p>
        <Link to="/reviews">← Grading queue</Link> · <Link to="/reviews/agreement">Agreement</Link>
      </p>
      <h1>Review settings and reviewers</h1>
      {result ? (
        <p className={result.ok ? "notice" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.message}
        </p>
      ) : null}
      <div className="panel">
        <h2>Adjudication and calibration</h2>
        <p className="muted">Two reviews of one answer go to a third reviewer when their totals differ by more than the first share of the rubric's points, or one criterion differs by more than the second share of its range.</p>
        <Form method="post">
          <input type="hidden" name="intent" value="settings" />
          <Field label="Total difference that triggers adjudication (% of the rubric's points)" name="totalThreshold" type="number" min={1} max={100} step="any" required defaultValue={Math.round(settings.totalThreshold * 1000) / 10} error={errors.totalThreshold} />
          <Field label="Criterion difference that triggers adjudication (% of the criterion's range)" name="criterionThreshold" type="number" min={1} max={100} step="any" required defaultValue={Math.round(settings.criterionThreshold * 1000) / 10} error={errors.criterionThreshold} />
          <Field label="Calibration answers a new reviewer grades first" name="calibrationAnswers" type="number" min={0} max={30} step={1} required defaultValue={settings.calibrationAnswers} error={errors.calibrationAnswers} />
          <button type="submit" disabled={busy}>
            Save settings
          </button>
        </Form>
      </div>
      <div className="panel">
        <h2>Reviewers and their calibration</h2>
        {reviewers.length === 0 ? (
          <p>No reviewers yet. Promote users on the Users page.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Reviewer</th>
                <th scope="col">Calibration answers graded</th>
                <th scope="col">Mean error per criterion (points)</th>
                <th scope="col">Mean total offset</th>
                <th scope="col">Queue</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.name}
                    <br />
                    <span className="muted small">{r.email}</span>
                  </td>
                  <td>{r.calibrated}</td>
                  <td>{r.meanCriterionError === null ? "—" : r.meanCriterionError.toFixed(2)}</td>
                  <td>{r.meanTotalOffset === null ? "—" : `${r.meanTotalOffset > 0 ? "+" : ""}${pct(r.meanTotalOffset)}`}</td>
                  <td>
                    {r.waivedAt ? (
                      <span>Waived {formatDateTime(r.waivedAt)}</span>
                    ) : r.calibrated >= settings.calibrationAnswers ? (
                      <span>Calibrated</span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="waive" />
                        <input type="hidden" name="userId" value={r.id} />
                        <button type="submit" className="secondary" disabled={busy} aria-label={`Waive calibration for ${r.name}`}>
                          Waive calibration
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="panel">
        <h2>Recent final grades</h2>
        <p className="muted">Open an answer to see every review and its full grade history.</p>
        {grades.length === 0 ? (
          <p>No answer has a final reviewer grade yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Question</th>
                <th scope="col">Grade</th>
                <th scope="col">How</th>
                <th scope="col">Grades so far</th>
              </tr>
            </thead>
            <tbody>
              {grades.map((g) => (
                <tr key={g.id}>
                  <td>{formatDateTime(g.createdAt)}</td>
                  <td>
                    <Link to={`/reviews/${g.answerId}`}>{g.title}</Link>
                  </td>
                  <td>{Math.round(g.score * 100)}%</td>
                  <td>{g.reason === "mean" ? "Mean" : g.reason === "adjudication" ? "Adjudicated" : "Regrade"}</td>
                  <td>{g.grades}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
