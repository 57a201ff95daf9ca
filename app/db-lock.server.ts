import { databaseProvider } from "./db.server";
import type { Prisma } from "./generated/prisma/client";

/** Tables whose rows guard a read-check-write (their primary key is "id"). */
type LockableTable = "Answer" | "RoundQuestion" | "Role";

/**
 * Takes the row's write lock for the rest of the transaction, so that transactions which read
 * some state, check it and then write (grade once, last free review place, last admin) run one
 * after the other. SQLite lets one write transaction in at a time, so this is only needed on
 * PostgreSQL, where two READ COMMITTED transactions would both read the state from before the
 * other's write.
 */
export async function lockRow(tx: Prisma.TransactionClient, table: LockableTable, id: string): Promise<void> {
  if (databaseProvider !== "postgresql") return;
  // the table name is one of the literals above, never input
  await tx.$executeRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
}
