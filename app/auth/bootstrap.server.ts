import crypto from "node:crypto";
import { prisma } from "../db.server";
import { createUser } from "./auth.server";
import { countAdmins } from "./users.server";
import type { RoleName } from "./roles";

/** The first admin from LOOPWRIGHT_ADMIN_EMAIL/PASSWORD, only while there is no admin. */
export async function ensureAdminFromEnv(email?: string, password?: string): Promise<string | null> {
  if (!email || !password) return null;
  if ((await countAdmins()) > 0) return null;
  const existing = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (existing) {
    await prisma.user.update({ where: { id: existing.id }, data: { roles: { connect: { name: "admin" } } } });
  } else {
    await createUser({ email, name: "Administrator", password, roles: ["admin"] });
  }
  return email;
}

const DEMO: { role: RoleName; name: string }[] = [
  { role: "candidate", name: "Casey Candidate" },
  { role: "hiring-manager", name: "Harper Hiring" },
  { role: "reviewer", name: "Riley Reviewer" },
  { role: "admin", name: "Alex Admin" },
];

/**
 * On an empty database outside production: one account per role, with random
 * passwords returned once for the caller to print. Never a default password.
 */
export async function createDemoAccounts(): Promise<{ role: RoleName; email: string; password: string }[]> {
  if ((await prisma.user.count()) > 0) return [];
  const accounts = [];
  for (const { role, name } of DEMO) {
    const email = `${role}@demo.loopwright.local`;
    const password = crypto.randomBytes(9).toString("base64url");
    await createUser({ email, name, password, roles: [role] });
    accounts.push({ role, email, password });
  }
  return accounts;
}
