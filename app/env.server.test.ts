import { describe, expect, it } from "vitest";
import { ConfigError, readEnv } from "./env.server";

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
});
