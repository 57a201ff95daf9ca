import { createRequire } from "node:module";
import { OPERATOR_MAXIMA } from "./protocol";
import { SQL_HARNESS_SOURCE, SQL_MAX_ROWS, type SqlHarnessReply, type SqlTableResult } from "./runners/sql-harness";

// Runs TRUSTED queries (a question's reference solution) on a dataset in this
// process, with the same sql.js build and the same harness the candidate's
// isolate uses, so expected and actual results are made the same way. Never
// pass candidate SQL here: it has no time or memory limit.

export type SqlDataset = { tables: { name: string; columns: { name: string; type: string }[]; rows: unknown[][] }[] };
export type { SqlTableResult };

type Harness = { run(datasetJson: string, sql: string): string };
let harness: Promise<Harness> | undefined;

function load(): Promise<Harness> {
  harness ??= (async () => {
    const require = createRequire(import.meta.url);
    const initSqlJs = require("sql.js") as (config?: object) => Promise<unknown>;
    const SQL = await initSqlJs();
    const make = new Function(`return ${SQL_HARNESS_SOURCE}`)() as (sql: unknown, caps: object) => Harness;
    return make(SQL, { maxRows: SQL_MAX_ROWS, returnBytes: OPERATOR_MAXIMA.returnBytes });
  })();
  return harness;
}

/** The reference query's result on a dataset, or the error it raised. */
export async function runTrustedQuery(dataset: SqlDataset, sql: string): Promise<{ ok: true; result: SqlTableResult } | { ok: false; error: string }> {
  const h = await load();
  const reply = JSON.parse(h.run(JSON.stringify(dataset), sql)) as SqlHarnessReply;
  return reply.s === "ok" ? { ok: true, result: reply.v } : { ok: false, error: reply.m };
}
