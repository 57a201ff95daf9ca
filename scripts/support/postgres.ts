// A scratch PostgreSQL database for tests and benchmarks that need one (the job queue), dropped afterwards.
import crypto from "node:crypto";
import pg from "pg";

// TEST_POSTGRES_URL is the server the PostgreSQL unit run uses (test/support/test-database.ts)
const ADMIN_URL =
  process.env.TEST_POSTGRES_ADMIN_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://loopwright:loopwright@127.0.0.1:5432/postgres";

/** A new, empty database; parallel checkouts sharing one server keep to their own prefix. */
export async function scratchDatabase(prefix = process.env.TEST_POSTGRES_DB_PREFIX ?? "lw_test_"): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
