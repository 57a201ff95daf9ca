import { prisma } from "../db.server";

/** Only the owner's assessments: ownership is part of the query. */
export async function listAssessments(ownerId: string) {
  return prisma.assessment.findMany({
    where: { ownerId, archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      track: true,
      durationMinutes: true,
      createdAt: true,
      _count: { select: { invites: true, questions: true } },
    },
  });
}
