import { percent } from "../assessments/results-format";
import type { LevelSummary } from "../scores/levels";

/** "62% · 1 answer pending review": pending is never shown as zero. */
export function TotalText({ total, pending, ungraded }: { total: number | null; pending: number; ungraded: number }) {
  return (
    <>
      <strong>{total === null ? "—" : percent(total)}</strong>
      {pending ? (
        <span className="pending">
          {" "}
          · {pending} {pending === 1 ? "answer" : "answers"} pending review
        </span>
      ) : null}
      {ungraded ? <span className="muted"> · {ungraded} not graded yet</span> : null}
    </>
  );
}

/** A score against the target's bar, told in words as well as colour. */
export function Level({ summary }: { summary: LevelSummary }) {
  return (
    <span className={summary.meetsTarget ? "meets" : "below"}>
      {percent(summary.score)}
      {summary.bar === undefined ? null : (
        <span className="muted small">
          {" "}
          ({summary.meetsTarget ? "meets" : "below"} bar {percent(summary.bar)})
        </span>
      )}
    </span>
  );
}

