// Tests that must also hold on PostgreSQL run there when a server answers at
// TEST_POSTGRES_URL (e.g. postgresql://user:pass@127.0.0.1:5432/loopwright_test). Each gets a
// database of its own, named after that one, with the PostgreSQL migrations applied.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** Whether a PostgreSQL server answers at TEST_POSTGRES_URL (unset: no). */
export async function postgresAnswers(url = process.env.TEST_POSTGRES_URL): Promise<boolean> {
  if (!url) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A new database beside TEST_POSTGRES_URL's, with the PostgreSQL migrations' SQL applied
 * (`migrated: false` leaves it empty, for `prisma migrate deploy` to fill); `drop` removes it.
 */
export async function freshPostgresDatabase(purpose: string, { migrated = true, base = process.env.TEST_POSTGRES_URL! } = {}): Promise<TestDatabase> {
  const baseUrl = new URL(base);
  const name = `${baseUrl.pathname.slice(1) || "loopwright_test"}_${purpose}_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  if (migrated) {
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const dir = path.resolve("prisma/postgresql/migrations");
      for (const folder of fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory()).sort()) {
        await db.query(fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8"));
      }
    } finally {
      await db.end();
    }
  }
  return {
    url: url.toString(),
    drop: async () => {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
