import { useFetcher } from "@remix-run/react";
import { useId } from "react";

type Result = { ok: true; message: string } | { ok: false; error: string };

/**
 * Ask once for a regrade of a reviewer-graded answer, with a reason. Posts to
 * /answers/:answerId/regrade, which checks that the answer is the viewer's to ask about
 * (the candidate's own practice answer, or an answer to the manager's assessment).
 */
export function RegradeForm({ answerId, requested }: { answerId: string; requested: { resolved: boolean } | null }) {
  const fetcher = useFetcher<Result>();
  const id = useId();
  if (requested || fetcher.data?.ok) {
    return (
      <p className="notice" role="status">
        {fetcher.data?.ok
          ? fetcher.data.message
          : requested?.resolved
            ? "Regraded by another reviewer; the grade above is the regrade."
            : "Regrade requested: another reviewer will grade this answer again. The current grade stands until then."}
      </p>
    );
  }
  return (
    <fetcher.Form method="post" action={`/answers/${answerId}/regrade`} className="regrade-form">
      <details>
        <summary>Ask for a regrade</summary>
        <label htmlFor={`${id}-reason`}>Why should this grade be looked at again?</label>
        <textarea id={`${id}-reason`} name="reason" required minLength={10} maxLength={2000} rows={3} />
        <p className="muted small">Each answer can be regraded once, by a reviewer who has not graded it. Every grade is kept.</p>
        <button type="submit" className="secondary" disabled={fetcher.state !== "idle"}>
          Request regrade
        </button>
        {fetcher.data && !fetcher.data.ok ? (
          <p className="form-error" role="alert">
            {fetcher.data.error}
          </p>
        ) : null}
      </details>
    </fetcher.Form>
  );
}
