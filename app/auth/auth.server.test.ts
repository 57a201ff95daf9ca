import { describe, expect, it } from "vitest";
import { prisma } from "../db.server";
import { AuthError, createUser, getUser, hasPermission, login, requirePermission, requireUser, signup } from "./auth.server";
import { createSessionCookie } from "./session.server";
import { setRole } from "./users.server";

function requestWith(cookieHeader: string | null, url = "http://localhost/practice"): Request {
  return new Request(url, { headers: cookieHeader ? { Cookie: cookieHeader } : {} });
}
const cookiePair = (setCookie: string) => setCookie.split(";")[0];

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("signup and login", () => {
  it("signs a new user up as a candidate with candidate permissions", async () => {
    const user = await signup({ email: "new@example.com", name: "New", password: "long enough password", client: "test" });
    expect(user.roles).toEqual(["candidate"]);
    expect(user.permissions).toContain("create:round:own");
    expect(user.permissions).not.toContain("update:user:any");
    const stored = await prisma.user.findUniqueOrThrow({ where: { email: "new@example.com" } });
    expect(stored.passwordHash).not.toContain("long enough password");
  });

  it("refuses a duplicate email with a 409 on the email field", async () => {
    await signup({ email: "dup@example.com", name: "A", password: "long enough password", client: "test" });
    const error = await thrown(signup({ email: "dup@example.com", name: "B", password: "long enough password", client: "test" }));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).status).toBe(409);
    expect((error as AuthError).field).toBe("email");
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    await signup({ email: "known@example.com", name: "K", password: "the right password", client: "test" });
    const wrong = (await thrown(login({ email: "known@example.com", password: "not it at all", client: "t1" }))) as AuthError;
    const unknown = (await thrown(login({ email: "nobody@example.com", password: "not it at all", client: "t1" }))) as AuthError;
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.status).toBe(401);
    const ok = await login({ email: "known@example.com", password: "the right password", client: "t1" });
    expect(ok.email).toBe("known@example.com");
  });

  it("rate-limits repeated failed log-ins from one address, without locking the account for everyone", async () => {
    await signup({ email: "target@example.com", name: "T", password: "the right password", client: "test" });
    for (let i = 0; i < 5; i++) {
      await thrown(login({ email: "target@example.com", password: "guess " + i, client: "attacker" }));
    }
    const limited = (await thrown(login({ email: "target@example.com", password: "the right password", client: "attacker" }))) as AuthError;
    expect(limited.status).toBe(429);
    expect(limited.message).toMatch(/Too many failed log-ins/);
    const owner = await login({ email: "target@example.com", password: "the right password", client: "owner" });
    expect(owner.email).toBe("target@example.com");
  });

  it("rate-limits an address that guesses across many accounts", async () => {
    for (let i = 0; i < 30; i++) await thrown(login({ email: `nobody${i}@example.com`, password: "guess", client: "sprayer" }));
    const limited = (await thrown(login({ email: "nobody@example.com", password: "guess", client: "sprayer" }))) as AuthError;
    expect(limited.status).toBe(429);
  });
});

describe("sessions and guards", () => {
  it("finds the user behind a fresh session cookie and loses them after logout", async () => {
    const user = await createUser({ email: "s@example.com", name: "S", password: "long enough password", roles: ["candidate"] });
    const cookie = cookiePair(await createSessionCookie(user.id));
    expect((await getUser(requestWith(cookie)))?.id).toBe(user.id);
    await prisma.session.deleteMany({ where: { userId: user.id } });
    expect(await getUser(requestWith(cookie))).toBeNull();
  });

  it("treats a tampered cookie as logged out and clears it on the redirect", async () => {
    const user = await createUser({ email: "t@example.com", name: "T", password: "long enough password", roles: ["candidate"] });
    const cookie = cookiePair(await createSessionCookie(user.id));
    const tampered = cookie.replace(/=(.)/, (_m, c: string) => "=" + (c === "a" ? "b" : "a"));
    expect(await getUser(requestWith(tampered))).toBeNull();
    const response = (await thrown(requireUser(requestWith(tampered)))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fpractice");
    expect(response.headers.get("Set-Cookie")).toMatch(/lw_session=;.*Max-Age=0/);
  });

  it("drops an expired session", async () => {
    const user = await createUser({ email: "e@example.com", name: "E", password: "long enough password", roles: ["candidate"] });
    const cookie = cookiePair(await createSessionCookie(user.id));
    await prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getUser(requestWith(cookie))).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers 403 when a candidate asks for an admin permission, and lets a promoted user in", async () => {
    const user = await createUser({ email: "p@example.com", name: "P", password: "long enough password", roles: ["candidate"] });
    const cookie = cookiePair(await createSessionCookie(user.id));
    const denied = (await thrown(requirePermission(requestWith(cookie), "update:user:any"))) as Response;
    expect(denied.status).toBe(403);
    await setRole({ userId: user.id, role: "reviewer", granted: true });
    const reviewer = await requirePermission(requestWith(cookie), "read:review:any");
    expect(reviewer.roles.sort()).toEqual(["candidate", "reviewer"]);
  });

  it("keeps the last admin an admin", async () => {
    const admin = await createUser({ email: "only-admin@example.com", name: "A", password: "long enough password", roles: ["admin"] });
    const result = await setRole({ userId: admin.id, role: "admin", granted: false });
    expect(result.ok).toBe(false);
  });

  it("keeps an admin when the last two take the role from each other at the same moment", async () => {
    const [a, b] = [
      await createUser({ email: "admin-a@example.com", name: "A", password: "long enough password", roles: ["admin"] }),
      await createUser({ email: "admin-b@example.com", name: "B", password: "long enough password", roles: ["admin"] }),
    ];
    const others = await prisma.user.findMany({ where: { roles: { some: { name: "admin" } }, id: { notIn: [a.id, b.id] } } });
    for (const other of others) expect((await setRole({ userId: other.id, role: "admin", granted: false })).ok).toBe(true);
    const results = await Promise.all([a, b].map((u) => setRole({ userId: u.id, role: "admin", granted: false })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { roles: { some: { name: "admin" } } } })).toBe(1);
  });

  it("lets an 'any' permission satisfy an 'own' check", () => {
    expect(hasPermission({ permissions: ["read:round:any"] }, "read:round:own")).toBe(true);
    expect(hasPermission({ permissions: ["read:round:own"] }, "read:round:any")).toBe(false);
  });
});

describe("listUsers", () => {
  it("finds users by name or email and takes % and _ literally", async () => {
    const { listUsers } = await import("./users.server");
    await createUser({ email: "percent%user@example.com", name: "Per Cent", password: "long enough password", roles: ["candidate"] });
    await createUser({ email: "plain@example.com", name: "Plain_Name", password: "long enough password", roles: ["candidate"] });
    expect((await listUsers({ search: "%" })).map((u) => u.email)).toEqual(["percent%user@example.com"]);
    expect((await listUsers({ search: "_name" })).map((u) => u.email)).toEqual(["plain@example.com"]);
    expect((await listUsers({ search: "PER CENT" })).map((u) => u.email)).toEqual(["percent%user@example.com"]);
  });
});
