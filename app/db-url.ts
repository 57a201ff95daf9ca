import fs from "node:fs";
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * The SQLite file in the git-ignored data/ folder unless DATABASE_URL says otherwise.
 * The folder is created on the way: SQLite creates the file but not its directory.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL || `file:${path.resolve("data", "loopwright.db")}`;
  if (url.startsWith("file:")) fs.mkdirSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true });
  return url;
}

/** The scheme decides the database; anything else is a configuration mistake worth stopping on. */
export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql:") || url.startsWith("postgres:")) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}
