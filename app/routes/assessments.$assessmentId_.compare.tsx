import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { findSkill } from "../../questions/taxonomy";
import { readOnlyAssessmentAction, requireAssessment } from "../assessments/access.server";
import { cellText, STATUS_LABELS } from "../assessments/results-format";
import { assessmentResults } from "../assessments/results.server";
import { Level, TotalText } from "../components/assessment-scores";
import { RadarChart } from "../components/radar-chart";
import { STAGE_LABELS, TRACK_LABELS } from "../format";
import resultStyles from "../styles/assessment-results.css";
import { parseParams } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: resultStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Compare candidates: ${data?.assessment.title ?? ""} · Loopwright` }];

// ?invites=a,b,c (a link) or ?invites=a&invites=b (the results page's checkboxes)
const compareSchema = z.object({
  invites: z
    .array(z.string().trim().min(1, "An invite id is empty").max(64, "That is not an invite id"))
    .min(2, "Pick at least 2 candidates to compare")
    .max(4, "Compare at most 4 candidates at once")
    .refine((ids) => new Set(ids).size === ids.length, "Each candidate can be picked once"),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params);
  const ids = new URL(request.url).searchParams.getAll("invites").flatMap((v) => v.split(",")).filter((v) => v.trim() !== "");
  const { invites } = parseParams(compareSchema, { invites: ids }, 400);
  const { columns, rows } = await assessmentResults(assessment, context.sandbox, { inviteIds: invites });
  const chosen = invites.map((id) => rows.find((r) => r.inviteId === id));
  // an id that is not one of this assessment's invites: as good as not there
  if (chosen.some((r) => r === undefined)) throw new Response("Not found", { status: 404 });
  return {
    assessment: { id: assessment.id, title: assessment.title, track: assessment.track },
    columns: columns.map((c) => ({ position: c.position, title: c.title, stage: c.stage, points: c.points })),
    skills: [...new Set(columns.flatMap((c) => c.skills))],
    candidates: chosen.map((r) => r!),
  };
}

export default function CompareCandidates() {
  const { assessment, columns, skills, candidates } = useLoaderData<typeof loader>();
  const track = (TRACK_LABELS[assessment.track] ?? assessment.track).toLowerCase();
  const stages = [...new Set(columns.map((c) => c.stage))];
  // an axis only where every finished attempt has a final score: a skill whose answers all
  // wait for review would otherwise read as 0%
  const scored = candidates.filter((c) => c.score);
  const axes = skills.filter((s) => scored.length > 0 && scored.every((c) => c.score!.skills.some((k) => k.key === s)));
  const waiting = skills.filter((s) => !axes.includes(s));
  const skillName = (s: string) => findSkill(s)?.label.split(" (")[0] ?? s;
  return (
    <section className="assessment-results">
      <p>
        <Link to={`/assessments/${assessment.id}/results`}>← All results for {assessment.title}</Link>
      </p>
      <h1>Compare {candidates.length} candidates</h1>
      <p className="muted">Skills against the {track} bar (dashed). Answers pending review count nowhere yet.</p>

      <div className="compare-radars">
        {candidates.map((c) => {
          const bySkill = new Map(c.score?.skills.map((s) => [s.key, s]) ?? []);
          const label = c.name || c.email;
          return (
            <div key={c.inviteId} className="panel" data-testid="compare-candidate">
              <h2>{label}</h2>
              <p className="muted small">{STATUS_LABELS[c.status]}</p>
              {c.score ? (
                <RadarChart
                  title={`${label}'s skills`}
                  size={200}
                  axes={axes.map((s) => ({
                    label: skillName(s),
                    value: bySkill.get(s)?.score ?? 0,
                    bar: bySkill.get(s)?.bar,
                  }))}
                />
              ) : (
                <p className="muted">No scores until the attempt is over.</p>
              )}
            </div>
          );
        })}
      </div>

      {waiting.length && scored.length ? (
        <p className="pending">Not on the charts until their answers are graded: {waiting.map(skillName).join(", ")}.</p>
      ) : null}

      <div className="table-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">Scores per question, stage and skill, one column per candidate</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {candidates.map((c) => (
                <th key={c.inviteId} scope="col">
                  {c.name || c.email}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Total</th>
              {candidates.map((c) => (
                <td key={c.inviteId}>
                  {c.score ? (
                    <TotalText total={c.total} pending={c.pendingReview} ungraded={c.score.ungraded} />
                  ) : c.status === "started" ? (
                    "in progress"
                  ) : (
                    "not started"
                  )}
                </td>
              ))}
            </tr>
            {columns.map((q, i) => (
              <tr key={q.position} data-testid="compare-question">
                <th scope="row">
                  {q.position}. {q.title} <span className="muted small">({q.points} pt)</span>
                </th>
                {candidates.map((c) => (
                  <td key={c.inviteId} className={c.score?.cells[i].state === "pending-review" ? "pending" : undefined}>
                    {c.score ? cellText(c.score.cells[i]) : "—"}
                  </td>
                ))}
              </tr>
            ))}
            {stages.map((stage) => (
              <tr key={stage}>
                <th scope="row">Stage: {STAGE_LABELS[stage] ?? stage}</th>
                {candidates.map((c) => {
                  const summary = c.score?.stages.find((s) => s.key === stage);
                  const pending = c.score?.cells.some((cell, i) => cell.state === "pending-review" && columns[i].stage === stage);
                  return (
                    <td key={c.inviteId}>{summary ? <Level summary={summary} /> : pending ? <span className="pending">pending review</span> : "—"}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// POST: 404 for anyone who may not see the assessment, 405 for its owner.
export const action = readOnlyAssessmentAction;
