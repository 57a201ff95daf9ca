import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/auth.server";
import { EmptyState } from "../components/empty-state";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { listQueue } from "../reviews/reviews.server";

export const meta: MetaFunction = () => [{ title: "Grading queue · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:review:any");
  return { queue: await listQueue() };
}

export default function ReviewQueue() {
  const { queue } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Grading queue</h1>
      <p className="muted">Answers are shown blind: you see the question and the target track, never the candidate.</p>
      {queue.length === 0 ? (
        <EmptyState title="Nothing to grade">
          <p>System-design and behavioural answers that candidates send for review will wait here, oldest first.</p>
        </EmptyState>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Question</th>
              <th>Stage</th>
              <th>Track</th>
              <th>Waiting since</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((a) => (
              <tr key={a.id}>
                <td>{a.questionVersion.title}</td>
                <td>{STAGE_LABELS[a.questionVersion.stage] ?? a.questionVersion.stage}</td>
                <td>{TRACK_LABELS[a.round.track] ?? a.round.track}</td>
                <td>{a.reviewRequestedAt ? formatDateTime(a.reviewRequestedAt) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
