import { prisma } from "../db.server";
import { ROLES, type RoleName } from "./roles";

export async function listUsers(query: { search?: string; take?: number } = {}) {
  const search = query.search?.trim().toLowerCase();
  return prisma.user.findMany({
    where: search ? { OR: [{ email: { contains: search } }, { name: { contains: search } }] } : undefined,
    orderBy: { createdAt: "desc" },
    take: query.take ?? 100,
    select: { id: true, email: true, name: true, createdAt: true, roles: { select: { name: true } } },
  });
}

export class UserNotFound extends Error {}

/** Give or take a role. The last admin cannot lose the admin role, or nobody could manage users. */
export async function setRole(input: { userId: string; role: RoleName; granted: boolean }) {
  return prisma.$transaction(async (tx) => {
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
