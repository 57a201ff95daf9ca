import { hasPermission, requireUser, type SessionUser } from "../auth/auth.server";
import { notFound } from "./errors";

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
