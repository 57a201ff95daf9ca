import type { Prisma } from "./generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * First thing in a transaction that reads rows, decides, then writes (grade once, one hold
 * per place): a write to the row the decision is about, so such transactions take turns on
 * both databases. Without it PostgreSQL runs two at once and neither sees what the other is
 * writing (two web servers, or two connections of one, both decide "not yet done"); SQLite
 * refuses one of two transactions that both read before writing.
 */
export async function takeTurnOn(tx: Tx, row: { answerId: string } | { roundQuestionId: string } | { role: string }): Promise<void> {
  if ("answerId" in row) await tx.$executeRaw`UPDATE "Answer" SET "id" = "id" WHERE "id" = ${row.answerId}`;
  else if ("roundQuestionId" in row) await tx.$executeRaw`UPDATE "RoundQuestion" SET "id" = "id" WHERE "id" = ${row.roundQuestionId}`;
  else await tx.$executeRaw`UPDATE "Role" SET "name" = "name" WHERE "name" = ${row.role}`;
}
