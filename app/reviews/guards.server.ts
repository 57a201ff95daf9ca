import { hasPermission, requireUser, type SessionUser } from "../auth/auth.server";

const notFound = () => new Response("Not found", { status: 404 });

export const isReviewAdmin = (user: SessionUser) => hasPermission(user, "manage:review:any");

/**
 * Reviewers (and admins, who see everything) only. Anyone else gets the same 404 as
 * for a page that does not exist: the grading pages are not advertised.
 */
export async function requireReviewer(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user, "create:review:own") && !isReviewAdmin(user)) throw notFound();
  return user;
}

export async function requireReviewAdmin(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isReviewAdmin(user)) throw notFound();
  return user;
}
