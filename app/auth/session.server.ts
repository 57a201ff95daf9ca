import { createCookie, redirect } from "@remix-run/node";
import { prisma } from "../db.server";
import { env } from "../env.server";

export const SESSION_DAYS = 30;

// The cookie carries only a signed session id; the session row is the truth, so
// deleting it logs the user out everywhere.
function sessionCookie() {
  const { SESSION_SECRET, NODE_ENV } = env();
  return createCookie("lw_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: NODE_ENV === "production",
    path: "/",
    secrets: [SESSION_SECRET],
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  });
}

export async function createSessionCookie(userId: string): Promise<string> {
  const session = await prisma.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000) },
  });
  return sessionCookie().serialize(session.id);
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** The session id from a validly signed cookie, or null for a missing or tampered one. */
export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export function hasSessionCookie(request: Request): boolean {
  return /(?:^|;\s*)lw_session=/.test(request.headers.get("Cookie") ?? "");
}

export async function deleteSession(sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Log out: drop the server-side session and the cookie, then go to the log-in page. */
export async function logout(request: Request, redirectTo = "/login"): Promise<never> {
  const id = await readSessionId(request);
  if (id) await deleteSession(id);
  throw redirect(redirectTo, { headers: { "Set-Cookie": await clearSessionCookie() } });
}
