import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listAssessments } from "../assessments/assessments.server";
import { requirePermission } from "../auth/auth.server";
import { EmptyState } from "../components/empty-state";
import { formatDateTime, TRACK_LABELS } from "../format";

export const meta: MetaFunction = () => [{ title: "Assessments · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:assessment:own");
  return { assessments: await listAssessments(user.id) };
}

export default function AssessmentsHome() {
  const { assessments } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Assessments</h1>
      {assessments.length === 0 ? (
        <EmptyState title="No assessments yet">
          <p>Assessments you build from the question banks, and the candidates you invite to them, will be listed here.</p>
        </EmptyState>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Title</th>
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
                  <Link to={`/assessments/${a.id}/results`}>{a.title}</Link>
                </td>
                <td>{TRACK_LABELS[a.track] ?? a.track}</td>
                <td>{a._count.questions}</td>
                <td>{a._count.invites}</td>
                <td>{formatDateTime(a.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
