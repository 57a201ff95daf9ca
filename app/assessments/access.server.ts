import { z } from "zod";
import { requireUser } from "../auth/auth.server";
import { parseParams } from "../validation";
import { findAssessmentFor } from "./results.server";

export const assessmentParamsSchema = z.object({ assessmentId: z.string().min(1).max(64) });
export const inviteParamsSchema = assessmentParamsSchema.extend({ inviteId: z.string().min(1).max(64) });

/**
 * The signed-in user and an assessment they may read or change, or a 404 for everyone
 * else: other managers, reviewers, the invited candidate. Never a 403, which would say
 * the assessment exists.
 */
export async function requireAssessment(request: Request, params: unknown, action: "read" | "update" = "read") {
  const user = await requireUser(request);
  const { assessmentId } = parseParams(assessmentParamsSchema, params);
  const assessment = await findAssessmentFor(user, assessmentId, action);
  if (!assessment) throw new Response("Not found", { status: 404 });
  return { user, assessment };
}
