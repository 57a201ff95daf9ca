import { expect, it } from "vitest";
import { databaseProvider, prisma } from "#app/db.server";

// Without WAL every commit waits for several fsyncs on the event loop (bench:load's autosave
// p99 went from seconds to under a second with it).
it.skipIf(databaseProvider !== "sqlite")("the app's SQLite connection writes ahead to a log and flushes at checkpoints", async () => {
  const [{ journal_mode }] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [{ synchronous }] = await prisma.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
  expect(journal_mode).toBe("wal");
  // 1 = NORMAL
  expect(Number(synchronous)).toBe(1);
});
