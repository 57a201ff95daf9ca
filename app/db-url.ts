import fs from "node:fs";
import path from "node:path";

/** The SQLite file in the git-ignored data/ folder unless DATABASE_URL says otherwise. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dir = path.resolve("data");
  fs.mkdirSync(dir, { recursive: true });
  return `file:${path.join(dir, "loopwright.db")}`;
}
