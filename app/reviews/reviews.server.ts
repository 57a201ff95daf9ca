import { prisma } from "../db.server";

/** Answers candidates sent for review that no reviewer has finished grading. */
export async function listQueue() {
  return prisma.answer.findMany({
    where: { reviewRequestedAt: { not: null }, reviews: { none: { status: "submitted" } } },
    orderBy: { reviewRequestedAt: "asc" },
    take: 100,
    select: {
      id: true,
      reviewRequestedAt: true,
      round: { select: { track: true } },
      questionVersion: { select: { title: true, stage: true, kind: true } },
    },
  });
}
