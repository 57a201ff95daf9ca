import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./db-url";

// One client per process: the tsx-run server and the bundled Remix build share it.
const globalForPrisma = globalThis as unknown as { __loopwrightPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl() });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = (globalForPrisma.__loopwrightPrisma ??= createClient());
