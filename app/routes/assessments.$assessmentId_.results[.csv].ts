import type { LoaderFunctionArgs } from "@remix-run/node";
import { readOnlyAssessmentAction, requireAssessment } from "../assessments/access.server";
import { resultsCsv } from "../assessments/results-csv";
import { assessmentResults } from "../assessments/results.server";

/** GET /assessments/:id/results.csv: one row per candidate, one column per question and per skill. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params);
  const { columns, rows } = await assessmentResults(assessment, context.sandbox);
  const slug = assessment.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "assessment";
  return new Response(resultsCsv(columns, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-results.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

// POST: 404 for anyone who may not see the assessment, 405 for its owner.
export const action = readOnlyAssessmentAction;
