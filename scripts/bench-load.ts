// npm run bench:load — 200 simulated candidates take one assessment for 3 minutes, first on
// PostgreSQL (two web servers, code on the queue with two runners), then on the single-process
// SQLite setup (one web server, code run inline), each on a fresh database removed afterwards,
// and print one line per setup:
//   load: candidates=200 autosave_p99_ms=… verdict_p50_ms=… verdict_p99_ms=… errors=… lost=…
//   load-sqlite: candidates=200 …
// LOAD_SECONDS and LOAD_CANDIDATES shorten it (LOAD_SECONDS=20 LOAD_CANDIDATES=20 for a quick look);
// the README's "Load benchmark" describes the workload and the other options.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, urlFor, withAdmin } from "../test/support/test-database";

type Setup = { label: string; env: NodeJS.ProcessEnv; cleanup: () => Promise<void> };

const secret = crypto.randomBytes(32).toString("hex");
const base = { ...process.env, SESSION_SECRET: secret };

/** A setup step whose output matters only when it fails. */
function quietly(command: string, args: string[], env: NodeJS.ProcessEnv = base) {
  try {
    execFileSync(command, args, { env, stdio: "pipe" });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${command} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    throw error;
  }
}

quietly("npm", ["run", "build"]);

async function sqliteSetup(): Promise<Setup> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-load-sqlite-"));
  const env = {
    ...base,
    DATABASE_URL: `file:${path.join(dir, "load.db")}`,
    SANDBOX_MODE: "inline",
    // as many sandbox workers as the other setup's runners have in all: one per core
    SANDBOX_WORKERS: process.env.SANDBOX_WORKERS ?? String(Math.max(1, os.availableParallelism())),
    LOAD_LABEL: "load-sqlite",
    LOAD_PORTS: "3308",
  };
  quietly("npm", ["run", "db:deploy"], env);
  return { label: "load-sqlite", env, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function postgresSetup(): Promise<Setup> {
  // lb_: this benchmark's own databases on the server the tests use (TEST_POSTGRES_URL)
  const name = `lb_${crypto.randomBytes(6).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const env = {
    ...base,
    DATABASE_URL: urlFor(name),
    // the web servers only enqueue; two runners with one sandbox worker each (one per core) run the code
    SANDBOX_MODE: "queue",
    SANDBOX_WORKERS: process.env.SANDBOX_WORKERS ?? "1",
    LOAD_RUNNERS: "2",
    LOAD_LABEL: "load",
    LOAD_PORTS: "3306,3307",
  };
  const cleanup = () => dropDatabase(name);
  try {
    quietly("npm", ["run", "db:deploy"], env);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { label: "load", env, cleanup };
}

function runSetup(setup: Setup): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--no-node-snapshot", "--import", "tsx", "scripts/load/run-mode.ts"], { env: setup.env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

let failed = false;
const wanted = (process.env.LOAD_SETUPS ?? "postgresql,sqlite").split(",");
const setups = [
  ["postgresql", postgresSetup],
  ["sqlite", sqliteSetup],
] as const;
for (const make of setups.filter(([name]) => wanted.includes(name)).map(([, make]) => make)) {
  const setup = await make();
  try {
    if ((await runSetup(setup)) !== 0) failed = true;
  } finally {
    await setup.cleanup();
  }
}
process.exit(failed ? 1 : 0);
