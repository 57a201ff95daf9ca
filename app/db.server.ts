import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/prisma/client";
import { PrismaClient as PostgresClient } from "./generated/prisma-pg/client";
import { databaseUrl, providerOf } from "./db-url";

/**
 * The one client type the app is written against. Both generated clients come from the same
 * models (prisma/models.prisma), so their query API is the same; the SQLite one's types are
 * used everywhere, which also keeps provider-only options (e.g. `mode: "insensitive"`) out of
 * services that must behave the same on both databases.
 */
export type PrismaClient = SqliteClient;

// One client per process: the tsx-run server and the bundled Remix build share it.
const globalForPrisma = globalThis as unknown as { __loopwrightPrisma?: PrismaClient };

/** A new client for `url`; the app uses the shared `prisma`, tests use this for a second connection. */
export function createClient(url: string = databaseUrl()): PrismaClient {
  if (providerOf(url) === "postgresql") {
    // Each client only accepts an adapter of its own provider, hence two generated clients.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export const prisma: PrismaClient = (globalForPrisma.__loopwrightPrisma ??= createClient());

/** Which database this process talks to, for the few places whose SQL differs. */
export const databaseProvider = providerOf(databaseUrl());
