import { prisma } from "../db.server";

export async function listRounds(userId: string) {
  return prisma.round.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: { id: true, track: true, stage: true, loopTemplate: true, startedAt: true, deadlineAt: true, finishedAt: true },
  });
}
