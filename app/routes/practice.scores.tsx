import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { findSkill, TRACKS, type Track } from "../../questions/taxonomy";
import { requirePermission } from "../auth/auth.server";
import { EmptyState } from "../components/empty-state";
import { HistoryChart } from "../components/history-chart";
import { RadarChart } from "../components/radar-chart";
import { STAGE_LABELS, TRACK_LABELS } from "../format";
import { dashboard } from "../scores/dashboard.server";
import { describeLevel, type LevelSummary } from "../scores/levels";
import { parseParams } from "../validation";

export const meta: MetaFunction = () => [{ title: "Your scores · Loopwright" }];

const searchSchema = z.object({ track: z.enum(TRACKS).optional() });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:score:own");
  const query = parseParams(searchSchema, Object.fromEntries(new URL(request.url).searchParams), 400);
  const target: Track = query.track ?? "senior";
  return { target, ...(await dashboard(user.id, target)) };
}

const pct = (v: number | undefined) => (v === undefined ? "—" : `${Math.round(v * 100)}%`);

export default function Scores() {
  const { target, stages, skills, history } = useLoaderData<typeof loader>();
  const headline = stages
    .map((s) => `${STAGE_LABELS[s.key] ?? s.key}: ${!s.enoughAnswers ? "not enough answers yet" : s.level ? TRACK_LABELS[s.level].toLowerCase() : "below junior"}`)
    .join(" · ");
  return (
    <section className="scores">
      <div className="page-head">
        <h1>Where you stand</h1>
        <Form method="get" className="inline-form">
          <label htmlFor="track">Target track</label>
          <select id="track" name="track" defaultValue={target} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
            {TRACKS.map((t) => (
              <option key={t} value={t}>
                {TRACK_LABELS[t]}
              </option>
            ))}
          </select>
          <noscript>
            <button type="submit">Show</button>
          </noscript>
        </Form>
      </div>
      {stages.length === 0 ? (
        <EmptyState title="No scores yet">
          <p>
            Finish a <Link to="/practice">practice round</Link> and your level per stage and skill shows up here.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="headline" data-testid="levels-headline">
            {headline}
          </p>
          <div className="two-col">
            <div className="panel">
              <h2>By stage</h2>
              <LevelTable rows={stages} label={(k) => STAGE_LABELS[k] ?? k} target={target} />
            </div>
            <div className="panel">
              <h2>Skills against the {TRACK_LABELS[target].toLowerCase()} bar</h2>
              <RadarChart axes={skills.slice(0, 12).map((s) => ({ label: findSkill(s.key)?.label.split(" (")[0] ?? s.key, value: s.score, bar: s.bar }))} />
            </div>
          </div>
          <div className="panel">
            <h2>By skill</h2>
            <LevelTable rows={skills} label={(k) => findSkill(k)?.label ?? k} target={target} />
          </div>
          <div className="panel">
            <h2>Over time</h2>
            <HistoryChart points={history.map((h) => ({ at: h.at, value: h.value, label: `${h.label} (${TRACK_LABELS[h.track]})` }))} />
          </div>
        </>
      )}
    </section>
  );
}

function LevelTable({ rows, label, target }: { rows: LevelSummary[]; label: (key: string) => string; target: Track }) {
  return (
    <table>
      <thead>
        <tr>
          <th>{rows === undefined ? "" : "Area"}</th>
          <th>Answers</th>
          <th>Your score</th>
          <th>{TRACK_LABELS[target]} bar</th>
          <th>Highest track met</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.meetsTarget ? "meets" : "below"}>
            <td>{label(r.key)}</td>
            <td>{r.count}</td>
            <td>
              {pct(r.score)}
              {r.selfAssessedOnly ? <span className="muted small"> (self-assessed)</span> : null}
              {r.reviewerGraded > 0 ? <span className="muted small"> ({r.reviewerGraded} graded by a reviewer)</span> : null}
            </td>
            <td>{pct(r.bar)}</td>
            <td>{describeLevel(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
