import fs from "node:fs";
import path from "node:path";

/**
 * The SQLite file in the git-ignored data/ folder unless DATABASE_URL says otherwise.
 * The folder is created on the way: SQLite creates the file but not its directory.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL || `file:${path.resolve("data", "loopwright.db")}`;
  if (url.startsWith("file:")) fs.mkdirSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true });
  return url;
}
