// The PostgreSQL adapter as Prisma's CLI (migrate deploy/diff/status) needs it. Only
// prisma.config.ts uses this; the app's client takes the adapter unchanged (app/db.server.ts).
import crypto from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

// The schema engine reads PostgreSQL's catalogs, whose `name` and `"char"` columns
// @prisma/adapter-pg 6.19 refuses ("Column type 'name' could not be deserialized").
// node-postgres already returns both as strings: report them as text.
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type Queryable = { performIO(query: unknown): Promise<pg.QueryResult>; client: pg.Pool | pg.PoolClient };
const patched = new WeakSet<object>();

function patchQueryable(instance: object) {
  // performIO lives on the class every adapter and transaction shares: patch it once.
  let proto = Object.getPrototypeOf(instance);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const performIO = proto.performIO as Queryable["performIO"];
  proto.performIO = async function (this: Queryable, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function fixAdapter(adapter: Adapter): Adapter {
  patchQueryable(adapter);
  // The stock executeScript splits a migration on every ";", even inside strings and comments;
  // the simple query protocol runs a whole multi-statement script as PostgreSQL parses it.
  adapter.executeScript = async (script: string) => {
    await (adapter as unknown as Queryable).client.query(script);
  };
  return adapter;
}

/**
 * `migrate diff --from-migrations` replays a history into a throwaway database. Its name starts
 * with PRISMA_SHADOW_DATABASE_PREFIX (default "prisma_shadow_") so a shared server's owner can
 * tell whose it is; the tests use their own prefix.
 */
export function pgMigrateAdapter(connectionString: string, env: NodeJS.ProcessEnv = process.env): PrismaPg {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => fixAdapter(await connect());
  factory.connectToShadowDb = async () => {
    const admin = fixAdapter(await connect());
    const database = `${env.PRISMA_SHADOW_DATABASE_PREFIX ?? "prisma_shadow_"}${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const url = new URL(connectionString);
    url.pathname = `/${database}`;
    const shadow = new PrismaPg({ connectionString: url.toString() });
    const adapter = fixAdapter(await shadow.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return adapter;
  };
  return factory;
}
