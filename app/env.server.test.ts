import { describe, expect, it } from "vitest";
import { ConfigError, readEnv, requireQueueDatabase } from "./env.server";

describe("readEnv", () => {
  it("refuses to start in production without a session secret, and says how to make one", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET is required in production/);
  });

  it("refuses a short secret and a bad port with the variable named", () => {
    expect(() => readEnv({ NODE_ENV: "production", SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET: .*32 characters/);
    expect(() => readEnv({ NODE_ENV: "development", SESSION_SECRET: "x".repeat(32), PORT: "http" })).toThrow(/PORT/);
  });

  it("accepts a production configuration and defaults the rest", () => {
    const env = readEnv({ NODE_ENV: "production", SESSION_SECRET: "s".repeat(40), DATABASE_URL: process.env.DATABASE_URL });
    expect(env).toMatchObject({ PORT: 3000, SESSION_SECRET: "s".repeat(40), SIGNUPS_PER_HOUR: 10 });
  });

  it("refuses queue mode without PostgreSQL, and says which variable to set", () => {
    const base = { NODE_ENV: "development" as const, SESSION_SECRET: "s".repeat(40), DATABASE_URL: "file:/tmp/x.db" };
    expect(() => readEnv({ ...base, SANDBOX_MODE: "queue" })).toThrow(/SANDBOX_MODE=queue .*PostgreSQL[\s\S]*QUEUE_DATABASE_URL/);
    expect(() => readEnv({ ...base, SANDBOX_MODE: "elsewhere" })).toThrow(/SANDBOX_MODE/);
    expect(() => readEnv({ ...base, QUEUE_DATABASE_URL: "mysql://q" })).toThrow(/QUEUE_DATABASE_URL must be a postgres/);
    expect(readEnv(base)).toMatchObject({ SANDBOX_MODE: "inline", queueDatabaseUrl: undefined });
    const pg = "postgresql://u:p@127.0.0.1:5432/app";
    expect(readEnv({ ...base, SANDBOX_MODE: "queue", DATABASE_URL: pg })).toMatchObject({ SANDBOX_MODE: "queue", queueDatabaseUrl: pg });
    expect(readEnv({ ...base, SANDBOX_MODE: "queue", QUEUE_DATABASE_URL: pg }).queueDatabaseUrl).toBe(pg);
  });

  it("a runner needs the queue's PostgreSQL whatever SANDBOX_MODE says", () => {
    const base = { NODE_ENV: "development" as const, SESSION_SECRET: "s".repeat(40), DATABASE_URL: "file:/tmp/x.db" };
    expect(() => requireQueueDatabase(readEnv(base))).toThrow(/runner cannot start[\s\S]*QUEUE_DATABASE_URL/);
    expect(requireQueueDatabase(readEnv({ ...base, QUEUE_DATABASE_URL: "postgres://u:p@h/q" }))).toBe("postgres://u:p@h/q");
  });
});
