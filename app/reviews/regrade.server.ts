import { prisma } from "../db.server";
import { ReviewError } from "./errors";

export const REGRADE_REASON = { min: 10, max: 2000 } as const;

/** The answer if this user may ask for its regrade (its candidate, or the assessment's owner); a 404 for anyone else. */
async function regradableAnswer(user: { id: string }, answerId: string) {
  const answer = await prisma.answer.findUnique({
    where: { id: answerId },
    select: {
      userId: true,
      gradedBy: true,
      regrade: { select: { id: true } },
      round: { select: { assessmentId: true, assessment: { select: { ownerId: true } } } },
    },
  });
  const allowed = answer && (answer.round.assessmentId ? answer.round.assessment?.ownerId === user.id : answer.userId === user.id);
  if (!answer || !allowed) throw new ReviewError("Not found", 404);
  return answer;
}

/** Checked before the request's body is read, so that anyone else gets the same 404 whatever they send. */
export async function requireRegradeRequester(user: { id: string }, answerId: string): Promise<void> {
  await regradableAnswer(user, answerId);
}

/**
 * One regrade per answer, with a written reason, from whoever the grade was for: the
 * candidate for a practice answer, the assessment's owner for an attempt's answer.
 * Anyone else gets the same 404 as for an answer that does not exist. The regrade
 * goes to the queue for a reviewer who has not graded this answer.
 */
export async function requestRegrade(user: { id: string }, answerId: string, reason: string) {
  const answer = await regradableAnswer(user, answerId);
  if (answer.gradedBy !== "reviewer") throw new ReviewError("A regrade can be asked for once a reviewer's grade is in.", 409);
  if (answer.regrade) throw new ReviewError("A regrade was already requested for this answer; each answer gets one.", 409);
  try {
    await prisma.regradeRequest.create({ data: { answerId, requestedById: user.id, reason: reason.trim() } });
  } catch (error) {
    // two clicks racing: the unique answerId lets one through
    if ((error as { code?: string }).code === "P2002") throw new ReviewError("A regrade was already requested for this answer; each answer gets one.", 409);
    throw error;
  }
}

/** What the requester sees of a regrade: whether it was asked for and whether it is done. */
export async function regradeStatus(answerIds: string[]) {
  const rows = await prisma.regradeRequest.findMany({ where: { answerId: { in: answerIds } }, select: { answerId: true, createdAt: true, resolvedAt: true } });
  return new Map(rows.map((r) => [r.answerId, { requestedAt: r.createdAt, resolvedAt: r.resolvedAt }]));
}
