import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import assessmentStyles from "../styles/assessments.css";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listAssessments } from "../assessments/assessments.server";
import { requireManager } from "../assessments/access.server";
import { EmptyState } from "../components/empty-state";
import { formatDateTime, TRACK_LABELS } from "../format";
import { parseParams } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: assessmentStyles }];
export const meta: MetaFunction = () => [{ title: "Assessments · Loopwright" }];

const searchSchema = z.object({ archived: z.enum(["1"]).optional().catch(undefined) });

export async function loader({ request }: LoaderFunctionArgs) {
  // like every manager page, a 404 for anyone else: nothing tells a candidate it exists
  const user = await requireManager(request);
  const { archived } = parseParams(searchSchema, Object.fromEntries(new URL(request.url).searchParams), 400);
  return { assessments: await listAssessments(user, { archived: archived === "1" }), showArchived: archived === "1" };
}

export default function AssessmentsHome() {
  const { assessments, showArchived } = useLoaderData<typeof loader>();
  return (
    <section>
      <div className="page-head">
        <h1>Assessments</h1>
        <Link to="/assessments/new" className="button">
          New assessment
        </Link>
      </div>
      <Form method="get" className="inline-form" replace>
        <label className="choice">
          <input type="checkbox" name="archived" value="1" defaultChecked={showArchived} />
          <span>Show archived</span>
        </label>
        <button type="submit" className="secondary small">
          Apply
        </button>
      </Form>
      {assessments.length === 0 ? (
        <EmptyState title="No assessments yet">
          <p>Assessments you build from the question banks, and the candidates you invite to them, will be listed here.</p>
          <p>
            <Link to="/assessments/new">Build one from a template</Link>
          </p>
        </EmptyState>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Title</th>
              <th>Status</th>
              <th>Track</th>
              <th>Questions</th>
              <th>Invites</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/assessments/${a.id}`}>{a.title}</Link>
                </td>
                <td>
                  {a.archivedAt ? "Archived · " : ""}
                  {a.status === "published" ? "Published" : "Draft"} v{a.version}
                </td>
                <td>{TRACK_LABELS[a.track] ?? a.track}</td>
                <td>{a._count.questions}</td>
                <td>{a.inviteCount}</td>
                <td>{formatDateTime(a.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
