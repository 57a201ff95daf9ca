import { Prisma } from "./generated/prisma/client";

/** Tables whose rows guard a read-check-write (their primary key is "id"). */
type LockableTable = "Answer" | "RoundQuestion" | "Role" | "Assessment";

/**
 * First thing in a transaction that reads some state, checks it and then writes (grade an
 * answer once, the last free review place, the last admin, one draft per assessment): a
 * no-op write to the row the decision is about, so such transactions on one row take turns
 * on both databases. PostgreSQL (READ COMMITTED) would otherwise let two of them read the
 * state from before the other's write; SQLite refuses one of two connections that both read
 * before writing.
 */
export async function lockRow(tx: Prisma.TransactionClient, table: LockableTable, id: string): Promise<void> {
  // the table name is one of the literals above, never input
  await tx.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET "id" = "id" WHERE "id" = ${id}`;
}

/**
 * An upsert outside a transaction, tried once more when it lost a race to create the row.
 * Prisma runs many upserts as a read then an insert (always when they select a relation), so
 * two requests creating one row at once (an autosave and a whiteboard save of a new answer)
 * can both read "none"; SQLite serializes them, PostgreSQL fails the second insert with a
 * unique violation. The second try finds the row and updates it.
 */
export async function upsertRaced<T>(upsert: () => Promise<T>): Promise<T> {
  try {
    return await upsert();
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return upsert();
  }
}
