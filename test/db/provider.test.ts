import { expect, it } from "vitest";
import { databaseProvider, prisma } from "#app/db.server";

// The PostgreSQL run must really be on PostgreSQL, or every other test proves nothing about it.
it("runs on the database TEST_DATABASE names", async () => {
  const expected = process.env.TEST_DATABASE ?? "sqlite";
  expect(databaseProvider).toBe(expected);
  const probe =
    expected === "postgresql"
      ? prisma.$queryRaw<{ v: string }[]>`SELECT version() AS v`
      : prisma.$queryRaw<{ v: string }[]>`SELECT sqlite_version() AS v`;
  expect((await probe)[0].v).toMatch(expected === "postgresql" ? /PostgreSQL/ : /^3\./);
});
