import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseUrl } from "./db-url";

const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  LOOPWRIGHT_ADMIN_EMAIL: z.email().optional(),
  LOOPWRIGHT_ADMIN_PASSWORD: z.string().min(12).optional(),
  SANDBOX_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  TRUST_PROXY: z.string().max(200).optional(),
  SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  // smtp://user:pass@host:port (or smtps://); without it invite links are shown to copy
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, "SMTP_URL must look like smtp://user:pass@host:587").optional(),
  SMTP_FROM: z.string().max(200).optional(),
  // inline: this process runs candidate code; queue: it only enqueues, `npm run runner` processes run it
  SANDBOX_MODE: z.enum(["inline", "queue"]).default("inline"),
  // the job queue's PostgreSQL when DATABASE_URL is not PostgreSQL (or to keep the queue apart)
  QUEUE_DATABASE_URL: z.string().regex(POSTGRES_URL, "QUEUE_DATABASE_URL must be a postgres:// or postgresql:// URL").optional(),
  // jobs one runner takes at once; default: its sandbox workers
  RUNNER_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  // a runner renews its lease on a submission every third of this while the code runs; a
  // submission whose lease ran out (its runner killed or frozen) is given to another runner
  RUNNER_RECOVERY_MS: z.coerce.number().int().min(500).default(30_000),
  // how long a web request waits for a runner's verdict before answering "queued" (default: recovery + 60 s)
  QUEUE_WAIT_MS: z.coerce.number().int().min(100).optional(),
  // the waiting web server's fallback poll of the database, should a notification be lost
  QUEUE_POLL_MS: z.coerce.number().int().min(50).default(1_000),
});

export type Env = z.infer<typeof schema> & { DATABASE_URL: string; SESSION_SECRET: string; queueDatabaseUrl?: string };

export class ConfigError extends Error {}

/**
 * Read and check the environment once. Production refuses to start without a session
 * secret; elsewhere a random one is kept in data/ so sessions survive restarts.
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Loopwright cannot start, the configuration is invalid:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  let secret = env.SESSION_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production") {
      throw new ConfigError(
        "Loopwright cannot start: SESSION_SECRET is required in production.\n" +
          "  Set it to a random string of at least 32 characters, e.g. `openssl rand -hex 32`.",
      );
    }
    secret = localSecret();
  }
  const url = databaseUrl(source);
  const queueDatabaseUrl = env.QUEUE_DATABASE_URL ?? (POSTGRES_URL.test(url) ? url : undefined);
  if (env.SANDBOX_MODE === "queue" && !queueDatabaseUrl) throw new ConfigError(NO_QUEUE_DATABASE);
  return { ...env, DATABASE_URL: url, SESSION_SECRET: secret, queueDatabaseUrl };
}

const WHERE_QUEUE = "  Set DATABASE_URL to a postgres://user:password@host:5432/db URL, or QUEUE_DATABASE_URL to put only the queue there";
const NO_QUEUE_DATABASE =
  "Loopwright cannot start: SANDBOX_MODE=queue keeps its job queue in PostgreSQL, and there is none configured.\n" +
  `${WHERE_QUEUE},\n  or unset SANDBOX_MODE to run candidate code in this process.`;

/** The runner's own check: it always needs the queue, whatever SANDBOX_MODE says. */
export function requireQueueDatabase(env: Env): string {
  if (!env.queueDatabaseUrl) {
    throw new ConfigError(`Loopwright's runner cannot start: it takes jobs from a queue in PostgreSQL, and there is none configured.\n${WHERE_QUEUE}.`);
  }
  return env.queueDatabaseUrl;
}

function localSecret(): string {
  const file = path.resolve("data", ".session-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("hex");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= readEnv();
  return cached;
}
