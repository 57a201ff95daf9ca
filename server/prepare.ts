import type { Env } from "../app/env.server";
import { createDemoAccounts, ensureAdminFromEnv } from "../app/auth/bootstrap.server";
import { syncBank } from "../app/bank/sync.server";

/** Everything the database needs before the first request: the question bank, first admin, demo accounts. */
export async function prepareDatabase(env: Env): Promise<void> {
  const sync = await syncBank();
  if (sync.ok) {
    console.log(
      sync.skipped
        ? `Question bank unchanged (${sync.total} questions, ${sync.ms} ms).`
        : `Question bank synced: ${sync.total} questions, ${sync.added} new, ${sync.changed} changed, ${sync.retired} retired (${sync.ms} ms).`,
    );
  } else {
    console.error(
      `The question bank has ${sync.problems.length} problem(s); it was not synced and the last good versions stay in use.\n` +
        sync.problems.map((p) => `  ${p}`).join("\n") +
        "\nRun \`npm run questions:check\` for the full report.",
    );
  }
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
