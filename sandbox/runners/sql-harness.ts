// The SQL harness: loads one dataset into a fresh in-memory SQLite database
// (sql.js) and runs one query, returning { columns, rows } as JSON text.
//
// The same source runs in two places so that a candidate's result and the
// expected result are produced by exactly the same code:
//   - inside a candidate's isolate (sandbox/runners/sql.ts), on the candidate's query;
//   - in the host (sandbox/sql-host.ts), on the question's reference query only.
// It is a function expression of (SQL, caps) with no free variables.

export const SQL_HARNESS_SOURCE = String.raw`(function (SQL, caps) {
"use strict";
const MAX_ROWS = caps.maxRows, RETURN_BYTES = caps.returnBytes;
const JSONstringify = JSON.stringify, JSONparse = JSON.parse;
const isArray = Array.isArray;
const columnType = SQL._sqlite3_column_type, columnBytes = SQL._sqlite3_column_bytes;
const BLOB = 4;

function quoteId(name) { return '"' + String(name).replace(/"/g, '""') + '"'; }

function load(db, dataset) {
  const tables = dataset && isArray(dataset.tables) ? dataset.tables : [];
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    const cols = t.columns.map((c) => quoteId(c.name) + " " + String(c.type).replace(/[^A-Za-z0-9 (),]/g, ""));
    db.run("CREATE TABLE " + quoteId(t.name) + " (" + cols.join(", ") + ")");
    const rows = isArray(t.rows) ? t.rows : [];
    if (rows.length === 0) continue;
    const stmt = db.prepare("INSERT INTO " + quoteId(t.name) + " VALUES (" + t.columns.map(() => "?").join(", ") + ")");
    try {
      for (let r = 0; r < rows.length; r++) stmt.run(rows[r].map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v)));
    } finally {
      stmt.free();
    }
  }
}

class QueryError extends Error {}

// Only a query that reads: one statement, starting with SELECT, WITH or
// VALUES. ATTACH, PRAGMA, DDL and DML are refused before they run; a WITH
// that ends in INSERT/UPDATE/DELETE is caught by the change counter below.
const LEADING = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*/;
function checkShape(db, sql) {
  const rest = sql.replace(LEADING, "");
  const word = (/^[A-Za-z]+/.exec(rest) || [""])[0].toUpperCase();
  if (word !== "SELECT" && word !== "WITH" && word !== "VALUES") {
    throw new QueryError(word ? "Only a query that reads data is allowed (SELECT or WITH … SELECT); " + word + " statements are not" : "Write a SELECT query");
  }
  let count = 0;
  const it = db.iterateStatements(sql);
  for (let s = it.next(); !s.done; s = it.next()) {
    s.value.free();
    if (++count > 1) throw new QueryError("Write exactly one query: remove the statements after the first semicolon");
  }
  if (count === 0) throw new QueryError("Write a SELECT query");
}

function cell(stmt, i, value) {
  if (value === null || typeof value === "string") return value;
  if (typeof value === "number") return value === Infinity ? "Infinity" : value === -Infinity ? "-Infinity" : value;
  // A blob: shown as hex, a few bytes of it at most.
  let hex = "";
  for (let k = 0; k < value.length && k < 32; k++) hex += (value[k] < 16 ? "0" : "") + value[k].toString(16);
  return "x'" + hex + (value.length > 32 ? "…" : "") + "'";
}

function totalChanges(db) {
  const r = db.exec("SELECT total_changes()");
  return r[0].values[0][0];
}

function query(db, sql) {
  checkShape(db, sql);
  const changesBefore = totalChanges(db);
  const stmt = db.prepare(sql);
  try {
    const columns = stmt.getColumnNames();
    const rows = [];
    let size = 0;
    while (stmt.step()) {
      if (rows.length >= MAX_ROWS) throw new QueryError("The query returned more than " + MAX_ROWS + " rows");
      // A blob is copied out of SQLite's memory when read: check its size first.
      for (let i = 0; i < columns.length; i++) {
        if (columnType(stmt.stmt, i) === BLOB) {
          const n = columnBytes(stmt.stmt, i);
          if (n > RETURN_BYTES) throw new QueryError("A value in the result is too large (" + n + " bytes)");
        }
      }
      const raw = stmt.get();
      const row = [];
      for (let i = 0; i < raw.length; i++) {
        const v = cell(stmt, i, raw[i]);
        size += typeof v === "string" ? v.length + 3 : 9;
        row.push(v);
      }
      if (size > RETURN_BYTES) throw new QueryError("The result is too large (over " + RETURN_BYTES + " bytes)");
      rows.push(row);
    }
    if (totalChanges(db) !== changesBefore) throw new QueryError("Only a query that reads data is allowed; this one changed rows");
    return { columns, rows };
  } finally {
    stmt.free();
  }
}

function describe(e) {
  const m = e && typeof e.message === "string" ? e.message : String(e);
  return m.length > 2000 ? m.slice(0, 2000) + "…" : m;
}

return {
  // -> {"s":"ok","v":{columns,rows}} | {"s":"err","k":"Query"|"Memory","m":...}
  run(datasetJson, sql) {
    let db;
    try {
      db = new SQL.Database();
      load(db, JSONparse(datasetJson));
    } catch (e) {
      if (db) db.close();
      return JSONstringify({ s: "err", k: /out of memory/i.test(describe(e)) ? "Memory" : "Setup", m: "The dataset could not be loaded: " + describe(e) });
    }
    try {
      return JSONstringify({ s: "ok", v: query(db, sql) });
    } catch (e) {
      const m = describe(e);
      const kind = /out of memory|string or blob too big|memory limit/i.test(m) ? "Memory" : "Query";
      return JSONstringify({ s: "err", k: kind, m: (e instanceof QueryError ? "" : "SQL error: ") + m });
    } finally {
      db.close();
    }
  },
};
})`;

/** Rows a query may return; more is an error, as is a result over the return-value cap. */
export const SQL_MAX_ROWS = 10_000;

export type SqlTableResult = { columns: string[]; rows: unknown[][] };
export type SqlHarnessReply = { s: "ok"; v: SqlTableResult } | { s: "err"; k: "Query" | "Memory" | "Setup"; m: string };
