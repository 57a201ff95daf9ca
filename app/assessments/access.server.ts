import { z } from "zod";
import { hasPermission, requireUser, type SessionUser } from "../auth/auth.server";
import { parseParams } from "../validation";
import { notFound } from "./errors";
import { findAssessmentFor } from "./results.server";

/**
 * A hiring manager or an admin. Everyone else signed in gets the same 404 a missing
 * assessment gets (not a 403): nothing tells a candidate or a reviewer these pages exist.
 */
export async function requireManager(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user, "read:assessment:own")) throw notFound();
  return user;
}

/** Admins see every assessment; a manager only their own (the filter is part of each query). */
export function ownerFilter(user: Pick<SessionUser, "id" | "permissions">): { ownerId?: string } {
  return hasPermission(user, "read:assessment:any") ? {} : { ownerId: user.id };
}

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
  if (!assessment) throw notFound();
  return { user, assessment };
}

/**
 * For pages that only read: a POST from the owner is a 405, from anyone else the same 404
 * a GET gets — a method error must not confirm that someone else's assessment exists.
 */
export async function readOnlyAssessmentAction({ request, params }: { request: Request; params: unknown }): Promise<never> {
  await requireAssessment(request, params);
  throw new Response("This page only shows results; there is nothing to send to it.", { status: 405, headers: { Allow: "GET" } });
}
