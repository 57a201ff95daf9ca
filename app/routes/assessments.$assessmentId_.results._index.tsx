import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { findSkill } from "../../questions/taxonomy";
import { readOnlyAssessmentAction, requireAssessment } from "../assessments/access.server";
import { INVITE_STATUSES } from "../assessments/invite-status";
import { formatDuration, STATUS_LABELS } from "../assessments/results-format";
import { applyResultsQuery, resultsQuerySchema, type ResultSort } from "../assessments/results-query";
import { assessmentResults, otherVersions, type ResultRow } from "../assessments/results.server";
import { Level, TotalText } from "../components/assessment-scores";
import { EmptyState } from "../components/empty-state";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import resultStyles from "../styles/assessment-results.css";
import { parseParams } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: resultStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Results: ${data?.assessment.title ?? "assessment"} · Loopwright` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params);
  const query = parseParams(resultsQuerySchema, Object.fromEntries(new URL(request.url).searchParams), 400);
  const [{ columns, rows }, versions] = await Promise.all([assessmentResults(assessment, context.sandbox), otherVersions(assessment)]);
  const stages = [...new Set(columns.map((c) => c.stage))];
  return {
    assessment: { id: assessment.id, title: assessment.title, track: assessment.track, version: assessment.version },
    query,
    stages,
    columnStages: columns.map((c) => c.stage),
    invited: rows.length,
    versions,
    rows: applyResultsQuery(rows, query),
  };
}

const SORT_LABELS: Record<ResultSort, string> = {
  name: "Name",
  status: "Status",
  total: "Total",
  started: "Started",
  submitted: "Submitted",
  time: "Time used",
};

export default function AssessmentResults() {
  const { assessment, query, stages, columnStages, rows, invited, versions } = useLoaderData<typeof loader>();
  const track = TRACK_LABELS[assessment.track] ?? assessment.track;
  return (
    <section className="assessment-results">
      <div className="page-head">
        <div>
          <h1>Results: {assessment.title}</h1>
          <p className="muted">
            {track} track · version {assessment.version} · scores against the {track.toLowerCase()} bar
          </p>
        </div>
        <a className="button secondary" href={`/assessments/${assessment.id}/results.csv`} download>
          Download CSV
        </a>
      </div>
      <p>
        <Link to="/assessments">← All assessments</Link> · <Link to={`/assessments/${assessment.id}/similarity`}>Code similarity</Link>
        {versions.length ? (
          <>
            {" · Other versions: "}
            {versions.map((v, i) => (
              <span key={v.id}>
                {i ? ", " : ""}
                <Link to={`/assessments/${v.id}/results`}>
                  version {v.version} ({v.invites} invited)
                </Link>
              </span>
            ))}
          </>
        ) : null}
      </p>

      <Form method="get" className="results-filter" aria-label="Filter and sort">
        <div className="field">
          <label htmlFor="filter-q">Search name or email</label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={query.status}>
            <option value="all">Any status</option>
            {INVITE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sort">Sort by</label>
          <select id="filter-sort" name="sort" defaultValue={query.sort}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-dir">Order</label>
          <select id="filter-dir" name="dir" defaultValue={query.dir}>
            <option value="desc">Highest / latest first</option>
            <option value="asc">Lowest / earliest first</option>
          </select>
        </div>
        <div className="field checkbox">
          <input id="filter-pending" name="pending" type="checkbox" value="1" defaultChecked={query.pending === "1"} />
          <label htmlFor="filter-pending">Only with answers pending review</label>
        </div>
        <button type="submit">Apply</button>
      </Form>

      {invited === 0 ? (
        <EmptyState title="Nobody invited yet">
          <p>Each candidate you invite gets a row here, with their status and, once they start, their scores.</p>
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="No candidate matches">
          <p>
            <Link to=".">Clear the filters</Link> to see all {invited} invited.
          </p>
        </EmptyState>
      ) : (
        <Form method="get" action={`/assessments/${assessment.id}/compare`} className="results-table-form">
          <div className="table-scroll">
            <table className="results-table">
              <caption className="visually-hidden">One row per invited candidate</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Compare</span>
                  </th>
                  <SortHeader sort="name">Candidate</SortHeader>
                  <SortHeader sort="status">Status</SortHeader>
                  <SortHeader sort="total">Total</SortHeader>
                  {stages.map((s) => (
                    <th key={s} scope="col">
                      {STAGE_LABELS[s] ?? s}
                    </th>
                  ))}
                  <th scope="col">Skills</th>
                  <SortHeader sort="time">Time used</SortHeader>
                  <SortHeader sort="started">Started</SortHeader>
                  <SortHeader sort="submitted">Submitted</SortHeader>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ResultTableRow key={row.inviteId} row={row} stages={stages} columnStages={columnStages} assessmentId={assessment.id} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="answer-actions">
            <button type="submit" className="secondary">
              Compare selected (2–4)
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}

function SortHeader({ sort, children }: { sort: ResultSort; children: string }) {
  const [params] = useSearchParams();
  const current = params.get("sort") ?? "total";
  const dir = params.get("dir") ?? "desc";
  const active = current === sort;
  const next = new URLSearchParams(params);
  next.set("sort", sort);
  next.set("dir", active && dir === "desc" ? "asc" : "desc");
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link to={`?${next}`} preventScrollReset>
        {children}
        {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
        <span className="visually-hidden">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}; sort the other way` : ", sort"}</span>
      </Link>
    </th>
  );
}

function ResultTableRow({ row, stages, columnStages, assessmentId }: { row: ResultRow; stages: string[]; columnStages: string[]; assessmentId: string }) {
  const label = row.name || row.email;
  const stageCells = new Map(row.score?.stages.map((s) => [s.key, s]) ?? []);
  return (
    <tr data-testid="result-row">
      <td>
        <input type="checkbox" name="invites" value={row.inviteId} id={`cmp-${row.inviteId}`} />
        <label htmlFor={`cmp-${row.inviteId}`} className="visually-hidden">
          Compare {label}
        </label>
      </td>
      <td>
        <Link to={`/assessments/${assessmentId}/results/${row.inviteId}`}>{label}</Link>
        {row.name ? <div className="muted small">{row.email}</div> : null}
      </td>
      <td>
        <span className={`status status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
      </td>
      <td className="total" data-testid="total">
        {row.score ? <TotalText total={row.total} pending={row.pendingReview} ungraded={row.score.ungraded} /> : "—"}
      </td>
      {stages.map((stage) => {
        const summary = stageCells.get(stage);
        const pending = !summary && row.score?.cells.some((c, i) => c.state === "pending-review" && columnStages[i] === stage);
        return <td key={stage}>{summary ? <Level summary={summary} /> : pending ? <span className="pending">pending review</span> : "—"}</td>;
      })}
      <td>
        {row.score && row.score.skills.length ? (
          <ul className="skill-list">
            {row.score.skills.map((s) => (
              <li key={s.key}>
                {findSkill(s.key)?.label.split(" (")[0] ?? s.key}: <Level summary={s} />
              </li>
            ))}
          </ul>
        ) : (
          "—"
        )}
      </td>
      <td>{formatDuration(row.timeUsedMs)}</td>
      <td>{row.startedAt ? formatDateTime(row.startedAt) : "—"}</td>
      <td>{row.submittedAt ? formatDateTime(row.submittedAt) : "—"}</td>
    </tr>
  );
}

// POST: 404 for anyone who may not see the assessment, 405 for its owner.
export const action = readOnlyAssessmentAction;
