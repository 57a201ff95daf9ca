import { lockRow } from "../db-lock.server";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * One score row per skill of the question, replacing what the same source said of
 * this answer before (a resubmission or a changed self-assessment overwrites).
 */
export async function recordScore(
  tx: Tx,
  input: {
    answerId: string;
    userId: string;
    questionVersionId: string;
    track: string;
    stage: string;
    skills: string[];
    score: number;
    maxPoints: number;
    source: "auto" | "self" | "reviewer";
  },
) {
  // two gradings of one answer at once (a double submit) would both delete, then both insert
  await lockRow(tx, "Answer", input.answerId);
  await tx.scoreRecord.deleteMany({ where: { answerId: input.answerId, source: input.source } });
  await tx.scoreRecord.createMany({
    data: input.skills.map((skill) => ({
      userId: input.userId,
      answerId: input.answerId,
      questionVersionId: input.questionVersionId,
      track: input.track,
      stage: input.stage,
      skill,
      score: input.score,
      points: input.score * input.maxPoints,
      maxPoints: input.maxPoints,
      source: input.source,
    })),
  });
}
