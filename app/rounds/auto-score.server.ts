import type { Prisma } from "../generated/prisma/client";
import { recordScore } from "../scores/record.server";

type Tx = Prisma.TransactionClient;

/** What grading needs of a round and its question: whose it is, at which track, worth how much. */
export type ScoredRound = { userId: string; track: string };
export type ScoredQuestion = { questionVersionId: string; points: number; questionVersion: { stage: string; skills: string } };

/** The answer's grade (0..1) from a machine, and the score records that feed the dashboard. */
export async function scoreAutomatically(tx: Tx, round: ScoredRound, rq: ScoredQuestion, answerId: string, score: number, submittedAt?: Date) {
  const graded = await tx.answer.update({
    where: { id: answerId },
    data: {
      status: "graded",
      ...(submittedAt ? { submittedAt } : {}),
      score,
      points: score * rq.points,
      maxPoints: rq.points,
      gradedAt: new Date(),
      gradedBy: "auto",
    },
  });
  await recordScore(tx, {
    answerId,
    userId: round.userId,
    questionVersionId: rq.questionVersionId,
    track: round.track,
    stage: rq.questionVersion.stage,
    skills: JSON.parse(rq.questionVersion.skills),
    score,
    maxPoints: rq.points,
    source: "auto",
  });
  return graded;
}
