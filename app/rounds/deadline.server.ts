import { prisma } from "../db.server";
import { RoundError } from "./errors";

/**
 * The candidate's own round's deadline, for the open round page to poll: a hiring manager
 * may extend an assessment attempt while it runs. Someone else's round is a 404.
 */
export async function roundDeadline(userId: string, roundId: string) {
  const round = await prisma.round.findFirst({ where: { id: roundId, userId }, select: { deadlineAt: true, finishedAt: true } });
  if (!round) throw new RoundError("There is no such round.", 404);
  return { deadline: round.deadlineAt.toISOString(), finished: round.finishedAt !== null, serverNow: new Date().toISOString() };
}
