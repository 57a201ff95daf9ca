// Prisma 6.19 in driver-adapter mode: migrations run on the WebAssembly schema
// engine through better-sqlite3, so the CLI never downloads a native engine.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./app/db-url.ts";

const url = databaseUrl();
// schema.prisma reads env("DATABASE_URL"); keep the CLI and the adapter on one file.
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
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
