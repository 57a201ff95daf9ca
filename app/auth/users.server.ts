import { prisma } from "../db.server";
import { lockRow } from "../db-lock.server";
import { ROLES, type RoleName } from "./roles";

const userFields = { id: true, email: true, name: true, createdAt: true, roles: { select: { name: true } } } as const;

/** Newest first; a search matches name or email, with % and _ taken literally. */
export async function listUsers(query: { search?: string; take?: number } = {}) {
  const take = query.take ?? 100;
  const search = query.search?.trim().toLowerCase();
  if (!search) return prisma.user.findMany({ orderBy: { createdAt: "desc" }, take, select: userFields });
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User"
    WHERE lower(email) LIKE ${pattern} ESCAPE '\\' OR lower(name) LIKE ${pattern} ESCAPE '\\'
    ORDER BY "createdAt" DESC LIMIT ${take}`;
  return prisma.user.findMany({ where: { id: { in: matches.map((m) => m.id) } }, orderBy: { createdAt: "desc" }, select: userFields });
}

export class UserNotFound extends Error {}

/** Give or take a role. The last admin cannot lose the admin role, or nobody could manage users. */
export async function setRole(input: { userId: string; role: RoleName; granted: boolean }) {
  return prisma.$transaction(async (tx) => {
    // two admins demoting each other at once must not leave nobody
    await lockRow(tx, "Role", "role_admin");
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new UserNotFound();
    if (input.role === "admin" && !input.granted) {
      const admins = await tx.user.count({ where: { roles: { some: { name: "admin" } } } });
      const isAdmin = await tx.user.count({ where: { id: input.userId, roles: { some: { name: "admin" } } } });
      if (isAdmin && admins <= 1) return { ok: false as const, message: "The last admin keeps the admin role." };
    }
    await tx.user.update({
      where: { id: input.userId },
      data: { roles: input.granted ? { connect: { name: input.role } } : { disconnect: { name: input.role } } },
    });
    return { ok: true as const };
  });
}

export async function countAdmins(): Promise<number> {
  return prisma.user.count({ where: { roles: { some: { name: "admin" } } } });
}

export function isRoleName(value: string): value is RoleName {
  return (ROLES as readonly string[]).includes(value);
}
