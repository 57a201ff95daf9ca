import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/auth.server";
import { EmptyState } from "../components/empty-state";
import { formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { listRounds } from "../rounds/rounds.server";

export const meta: MetaFunction = () => [{ title: "Practice · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:round:own");
  return { name: user.name, rounds: await listRounds(user.id) };
}

export default function PracticeHome() {
  const { name, rounds } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Practice</h1>
      <p className="muted">Welcome, {name}. Pick a track and a stage of the interview loop, then answer against the clock.</p>
      {rounds.length === 0 ? (
        <EmptyState title="No rounds yet">
          <p>Your timed rounds and their scores will be listed here.</p>
        </EmptyState>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Started</th>
              <th>Track</th>
              <th>Stage</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.startedAt)}</td>
                <td>{TRACK_LABELS[r.track] ?? r.track}</td>
                <td>{r.stage ? STAGE_LABELS[r.stage] : `${r.loopTemplate} loop`}</td>
                <td>{r.finishedAt ? "Finished" : "In progress"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
