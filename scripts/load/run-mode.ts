// One setup of the load benchmark, in a process of its own so the app's database client
// points at this setup's database (scripts/bench-load.ts starts it with DATABASE_URL set
// and the database migrated). Seeds, starts the servers, runs the candidates, counts
// what was lost, stops everything and prints the setup's line.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Candidate, Ledger } from "./candidate";
import { Balancer, Browser } from "./http";
import { Metrics, ms, percentile } from "./metrics";
import { CODING, seed } from "./seed";
import { startRunner, startWebServer, stopAll, waitForHealth, waitForLog, type Child } from "./stack";
import { countLost } from "./verify";
import { prisma } from "../../app/db.server";

const label = process.env.LOAD_LABEL ?? "load-sqlite";
const seconds = Number(process.env.LOAD_SECONDS ?? 180);
const count = Number(process.env.LOAD_CANDIDATES ?? 200);
const ports = (process.env.LOAD_PORTS ?? "3308").split(",").map(Number);
const sandboxMode = process.env.SANDBOX_MODE ?? "inline";
const runners = Number(process.env.LOAD_RUNNERS ?? 0);
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `lw-${label}-`));

/** A small seeded generator (mulberry32): the same LOAD_SEED gives every run the same choices. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const origins = ports.map((p) => `http://127.0.0.1:${p}`);
const seeded = await seed(count, origins[0]);

const serverEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", SANDBOX_MODE: sandboxMode };
const children: Child[] = [];
const stop = async () => {
  await stopAll(children);
};
process.on("SIGINT", () => void stop().then(() => process.exit(130)));
process.on("SIGTERM", () => void stop().then(() => process.exit(143)));

try {
  for (const port of ports) children.push(startWebServer(port, serverEnv, logDir));
  await Promise.all(origins.map((origin, i) => waitForHealth(origin, children[i])));
  // the web servers create the queue's tables; runners start once they are there
  const started = Array.from({ length: runners }, (_, i) => startRunner(i + 1, serverEnv, logDir));
  children.push(...started);
  await Promise.all(started.map((r) => waitForLog(r, /is taking code runs/)));

  const metrics = new Metrics();
  const ledger = new Ledger();
  const balancer = new Balancer(origins);
  const seedBase = Number(process.env.LOAD_SEED ?? 1);
  const t0 = Date.now() + 1_000;
  const ramp = Math.min(10_000, seconds * 100);
  const candidates = seeded.candidates.map((c, i) => {
    const rng = random(seedBase * 100_003 + i);
    const browser = new Browser(balancer, metrics);
    browser.setCookie(c.cookie);
    return new Candidate(browser, metrics, ledger, {
      token: c.token,
      startAt: t0 + rng() * ramp,
      endAt: t0 + seconds * 1000 * (0.9 + 0.1 * rng()),
      coding: CODING.map((q) => ({ language: q.language, solutions: seeded.solutions[q.id] })),
      rng,
      label: `c${i + 1}`,
    });
  });
  await Promise.all(candidates.map((c) => c.take().catch((error: Error) => metrics.wrong("candidate", error.stack ?? error.message))));
  const elapsed = (Date.now() - t0) / 1000;

  const { lost, detail } = await countLost(ledger);
  const autosaves = metrics.of("autosave");
  console.log(
    `${label}: candidates=${count} autosave_p99_ms=${ms(percentile(autosaves, 99))} verdict_p50_ms=${ms(percentile(metrics.verdicts, 50))} verdict_p99_ms=${ms(percentile(metrics.verdicts, 99))} errors=${metrics.errors} lost=${lost}`,
  );
  console.log(`  ${label} detail: ${elapsed.toFixed(0)} s, ${autosaves.length} autosaves (p50 ${ms(percentile(autosaves, 50))} ms), ${metrics.verdicts.length} verdicts, ${ledger.finished.size} attempts finished; logs in ${logDir}`);
  for (const line of metrics.detail()) console.log(line);
  for (const [key, n] of metrics.failures) console.log(`  failures ${key}: ${n}`);
  for (const line of [...metrics.samples, ...detail]) console.log(`  ! ${line}`);
} finally {
  await stop();
  await prisma.$disconnect();
}
