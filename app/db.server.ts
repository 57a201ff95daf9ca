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

/**
 * better-sqlite3 runs each statement on the event loop, so SQLite's defaults (a rollback
 * journal, several fsyncs per commit) stalled every request behind each write's disk flushes:
 * under `npm run bench:load` (200 candidates) an autosave took seconds. In WAL mode a commit
 * appends to the log and readers never wait for writers; synchronous=NORMAL flushes at
 * checkpoints, not per commit. A crash of the app loses nothing; a power cut may lose the
 * last commits, never the file's consistency (SQLite's documented trade-off for WAL).
 */
class WalSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    return adapter;
  }
}

/**
 * Prisma's defaults give an interactive transaction 2 s to get a connection and 5 s to finish,
 * then fail it (P2028), which the person sees as a 500. Under `npm run bench:load` on
 * PostgreSQL, Start, Submit, Finish and integrity batches failed that way while the pool's
 * connections were held by requests a busy event loop was slow to finish. A slow answer is
 * better than a lost one, so they wait longer.
 */
const transactionOptions = { maxWait: 15_000, timeout: 20_000 };

/** A new client for `url`; the app uses the shared `prisma`, tests use this for a second connection. */
export function createClient(url: string = databaseUrl()): PrismaClient {
  if (providerOf(url) === "postgresql") {
    // Each client only accepts an adapter of its own provider, hence two generated clients.
    const adapter = new PrismaPg({ connectionString: url });
    return new PostgresClient({ adapter, transactionOptions }) as unknown as PrismaClient;
  }
  return new SqliteClient({ adapter: new WalSQLite({ url }), transactionOptions });
}

export const prisma: PrismaClient = (globalForPrisma.__loopwrightPrisma ??= createClient());

/** Which database this process talks to, for the few places whose SQL differs. */
export const databaseProvider = providerOf(databaseUrl());
