// Prisma 6.19 in driver-adapter mode: migrations run on the WebAssembly schema engine
// through a JavaScript driver, so the CLI never downloads a native engine.
// DATABASE_URL's scheme picks the database: file: → SQLite (prisma/schema.prisma,
// prisma/migrations, better-sqlite3); postgres:/postgresql: → PostgreSQL
// (prisma/postgresql/schema.prisma, prisma/postgresql/migrations, node-postgres).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, providerOf } from "./app/db-url.ts";
import { pgMigrateAdapter } from "./prisma/pg-migrate-adapter.ts";

const url = databaseUrl();
// schema.prisma reads env("DATABASE_URL"); keep the CLI and the adapter on one database.
process.env.DATABASE_URL = url;
const provider = providerOf(url);
const folder = provider === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (provider === "postgresql") return pgMigrateAdapter(url);
    const factory = new PrismaBetterSQLite3({ url });
    // better-sqlite3 refuses multi-statement SQL in executeRaw, which replaying
    // migrations into the shadow database needs: route those to executeScript.
    const connectToShadowDb = factory.connectToShadowDb?.bind(factory);
    if (connectToShadowDb) {
      factory.connectToShadowDb = async () => {
        const adapter = await connectToShadowDb();
        const executeRaw = adapter.executeRaw.bind(adapter);
        adapter.executeRaw = (query) =>
          query.args.length === 0 ? adapter.executeScript(query.sql).then(() => 0) : executeRaw(query);
        return adapter;
      };
    }
    return factory;
  },
});
