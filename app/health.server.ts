import { prisma } from "./db.server";

/** The database answers a trivial query. */
export async function databaseAnswers(): Promise<void> {
  await prisma.$queryRaw`SELECT 1`;
}
