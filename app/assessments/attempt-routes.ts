import { redirect } from "@remix-run/node";

/** Where a finished assessment attempt goes instead of the practice results: a thank-you, nothing graded. */
export function submittedPath(roundId: string): string {
  return `/attempts/${roundId}/submitted`;
}

/**
 * The practice results page (scores, explanations, rubrics, self-assessment, review
 * requests) is not for assessment attempts: loaders send them to the thank-you page,
 * actions answer 404.
 */
export function refuseAssessmentRound(round: { id: string; assessmentId: string | null }, kind: "loader" | "action"): void {
  if (!round.assessmentId) return;
  if (kind === "loader") throw redirect(submittedPath(round.id));
  throw new Response("There is no such round.", { status: 404 });
}
