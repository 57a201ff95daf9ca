import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseUrl } from "./db-url";

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
});

export type Env = z.infer<typeof schema> & { DATABASE_URL: string; SESSION_SECRET: string };

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
  return { ...env, DATABASE_URL: databaseUrl(source), SESSION_SECRET: secret };
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
