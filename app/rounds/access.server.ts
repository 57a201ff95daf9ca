import { hasPermission, requireUser, type SessionUser } from "../auth/auth.server";

/**
 * The signed-in user if their role may use rounds; anyone else gets the 404 that someone
 * else's round gets. A 403 on a page with a round id would be a different answer for a
 * manager than for a candidate, and the page is theirs to see in neither case.
 */
export async function requireRoundPermission(request: Request, permission: string): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user, permission)) throw new Response("Not found", { status: 404 });
  return user;
}
