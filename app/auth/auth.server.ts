import { redirect } from "@remix-run/node";
import { prisma } from "../db.server";
import { env } from "../env.server";
import { hashPassword, timingDummyHash, verifyPassword } from "./password.server";
import { RateLimit } from "../rate-limit.server";
import type { RoleName } from "./roles";
import { clearSessionCookie, deleteSession, hasSessionCookie, readSessionId } from "./session.server";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  roles: RoleName[];
  /** "action:entity:access", e.g. "update:user:any" */
  permissions: string[];
};

export class AuthError extends Error {
  constructor(
    message: string,
    readonly field: "email" | "password" | "form",
    readonly status: number,
  ) {
    super(message);
  }
}

// Each sign-up costs a scrypt hash and a row: a few an hour from one address is plenty for people.
let signups: RateLimit | undefined;

export async function signup(input: { email: string; name: string; password: string; client: string }): Promise<SessionUser> {
  signups ??= new RateLimit("signup", env().SIGNUPS_PER_HOUR, 60 * 60_000);
  if (!(await signups.take(input.client)).allowed) {
    throw new AuthError("Too many accounts were created from here recently. Try again later.", "form", 429);
  }
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AuthError("An account with this email already exists. Log in instead.", "email", 409);
  return createUser({ email: input.email, name: input.name, password: input.password, roles: ["candidate"] });
}

export async function createUser(input: {
  email: string;
  name: string;
  password: string;
  roles: RoleName[];
}): Promise<SessionUser> {
  const user = await prisma.user.create({
    data: {
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: await hashPassword(input.password),
      roles: { connect: input.roles.map((name) => ({ name })) },
    },
    select: userSelect,
  });
  return toSessionUser(user);
}

// 5 wrong passwords for one account from one address, and 30 from one address, in
// 15 minutes, then a pause. Keyed by account *and* address, so nobody can lock a
// victim out from elsewhere. Every attempt takes its place first (so servers racing on
// one account cannot let more through between them) and a successful one gives it back.
const byAccount = new RateLimit("login-account", 5, 15 * 60_000);
const byClient = new RateLimit("login-client", 30, 15 * 60_000);

export async function login(input: { email: string; password: string; client: string }): Promise<SessionUser> {
  const accountKey = `${input.email}\u0000${input.client}`;
  const [account, client] = await Promise.all([byAccount.take(accountKey), byClient.take(input.client)]);
  if (!account.allowed || !client.allowed) {
    // a refused attempt counts against neither limit
    if (account.allowed) await byAccount.release(account.hitId);
    if (client.allowed) await byClient.release(client.hitId);
    const wait = Math.max(account.allowed ? 0 : account.retryAfterMs, client.allowed ? 0 : client.retryAfterMs);
    const minutes = Math.ceil(wait / 60_000);
    throw new AuthError(
      `Too many failed log-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      "form",
      429,
    );
  }
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { ...userSelect, passwordHash: true } });
  // Hash even for unknown emails so the response time does not tell which exist.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await timingDummyHash()));
  if (!user || !ok) {
    throw new AuthError("Email or password is incorrect.", "form", 401);
  }
  await Promise.all([byAccount.reset(accountKey), byClient.release(client.hitId)]);
  return toSessionUser(user);
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  roles: { select: { name: true, permissions: { select: { action: true, entity: true, access: true } } } },
} as const;

type SelectedUser = {
  id: string;
  email: string;
  name: string;
  roles: { name: string; permissions: { action: string; entity: string; access: string }[] }[];
};

function toSessionUser(user: SelectedUser): SessionUser {
  const permissions = new Set(user.roles.flatMap((r) => r.permissions.map((p) => `${p.action}:${p.entity}:${p.access}`)));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles.map((r) => r.name as RoleName),
    permissions: [...permissions].sort(),
  };
}

// Which permissions each role grants: rows written by migrations only, so each process reads
// them once. Every request still reads its session and the user's roles from the database
// (a revoked session or role counts at once, on every server); only this join is spared,
// which was a third of a request's queries for the round page's autosaves and polls.
let rolePermissions: Promise<Map<string, SelectedUser["roles"][number]["permissions"]>> | undefined;

function permissionsByRole() {
  rolePermissions ??= prisma.role
    .findMany({ select: { name: true, permissions: { select: { action: true, entity: true, access: true } } } })
    .then((roles) => new Map(roles.map((r) => [r.name, r.permissions])))
    .catch((error) => {
      rolePermissions = undefined;
      throw error;
    });
  return rolePermissions;
}

/** The signed-in user, or null. An expired session row is deleted on sight. */
export async function getUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const [session, permissions] = await Promise.all([
    prisma.session.findUnique({
      where: { id: sessionId },
      select: { expiresAt: true, user: { select: { id: true, email: true, name: true, roles: { select: { name: true } } } } },
    }),
    permissionsByRole(),
  ]);
  if (!session) return null;
  if (session.expiresAt.getTime() <= Date.now()) {
    await deleteSession(sessionId);
    return null;
  }
  const { user } = session;
  return toSessionUser({ ...user, roles: user.roles.map((r) => ({ name: r.name, permissions: permissions.get(r.name) ?? [] })) });
}

/**
 * The signed-in user or a redirect to log in. A cookie that no longer names a live
 * session (tampered, expired, revoked) is cleared on the way.
 */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: url.pathname + url.search });
  const headers = new Headers();
  if (hasSessionCookie(request)) headers.set("Set-Cookie", await clearSessionCookie());
  throw redirect(`/login?${params}`, { headers });
}

export function forbidden(message = "You do not have access to this page."): Response {
  return new Response(message, { status: 403, statusText: "Forbidden" });
}

export async function requirePermission(request: Request, permission: string): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user, permission)) throw forbidden();
  return user;
}

/** "update:user:own" is satisfied by "update:user:any" too. */
export function hasPermission(user: Pick<SessionUser, "permissions">, permission: string): boolean {
  const [action, entity, access] = permission.split(":");
  return (
    user.permissions.includes(permission) || (access === "own" && user.permissions.includes(`${action}:${entity}:any`))
  );
}
