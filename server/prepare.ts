import type { Env } from "../app/env.server";
import { createDemoAccounts, ensureAdminFromEnv } from "../app/auth/bootstrap.server";

/** Everything the database needs before the first request: first admin, demo accounts. */
export async function prepareDatabase(env: Env): Promise<void> {
  const admin = await ensureAdminFromEnv(env.LOOPWRIGHT_ADMIN_EMAIL, env.LOOPWRIGHT_ADMIN_PASSWORD);
  if (admin) console.log(`Created the first admin: ${admin}`);
  if (env.NODE_ENV !== "production") {
    const demo = await createDemoAccounts();
    if (demo.length) {
      console.log("\nDemo accounts (shown once; this database is new):");
      for (const a of demo) console.log(`  ${a.role.padEnd(15)} ${a.email.padEnd(38)} ${a.password}`);
      console.log("");
    }
  }
}
