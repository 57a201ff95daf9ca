import type { Env } from "../app/env.server";
import { createDemoAccounts, ensureAdminFromEnv } from "../app/auth/bootstrap.server";
import { syncBank } from "../app/bank/sync.server";

/**
 * Several web servers may start at once on one database. Syncing the bank and creating the
 * first accounts are idempotent, but two servers doing them at the same moment collide (a
 * lock held for the whole sync, or the same row inserted twice): the loser's transaction is
 * rolled back, and on its next try it finds the work done and skips it.
 */
export async function prepareDatabaseAlongsideOthers(env: Env, giveUpAfterMs = 300_000): Promise<void> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await prepareDatabase(env);
    } catch (error) {
      if (Date.now() - started > giveUpAfterMs) throw error;
      const seconds = Math.min(attempt, 5);
      const reason = error instanceof Error ? (error.message.trim().split("\n").at(-1) ?? error.name) : String(error);
      console.warn(`Preparing the database failed (${reason.slice(0, 200)}); another server starting at the same time is probably doing it. Trying again in ${seconds} s.`);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

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
