// The production server: checks configuration, prepares the database, then serves the
// Remix build. Migrations are applied by `npm start` (prestart) before this runs.
import crypto from "node:crypto";
import express from "express";
import type { ServerBuild } from "@remix-run/node";
import "../app/context";
import { ConfigError, readEnv } from "../app/env.server";
import type { CodeExecutor } from "../app/runners/executor.server";
import { createQueueExecutor } from "../app/runners/queue-executor.server";
import { createSandboxPool } from "../sandbox/index";
import { prepareDatabaseAlongsideOthers } from "./prepare";
import { errorPage, readBody, remixHandler, sameOriginPosts } from "./remix-handler";

let env;
try {
  env = readEnv();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// A database other servers may share: each must sign cookies with the same secret.
if (!process.env.SESSION_SECRET && !env.DATABASE_URL.startsWith("file:")) {
  console.warn(
    "SESSION_SECRET is not set, so this server signs session cookies with a secret of this machine's own (data/.session-secret). " +
      "Give every web server on this database the same SESSION_SECRET, or a log-in on one is refused by the others.",
  );
}
await prepareDatabaseAlongsideOthers(env);
// Candidate code runs in these worker processes, never in this one; with SANDBOX_MODE=queue
// not even on this machine: runners (`npm run runner`) take it from the job queue.
const sandbox: CodeExecutor =
  env.SANDBOX_MODE === "queue"
    ? await createQueueExecutor({
        connectionString: env.queueDatabaseUrl!,
        waitMs: env.QUEUE_WAIT_MS ?? env.RUNNER_RECOVERY_MS + 120_000,
        pollMs: env.QUEUE_POLL_MS,
      }).catch((error: unknown) => {
        console.error(`Loopwright cannot start: the job queue's PostgreSQL did not answer (${String(error)}).`);
        process.exit(1);
      })
    : createSandboxPool({ workers: env.SANDBOX_WORKERS });

const build = (await import(new URL("../build/index.js", import.meta.url).href)) as ServerBuild;
const app = express();
app.disable("x-powered-by");
app.use((_req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  next();
});
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use("/monaco", express.static("public/monaco", { maxAge: "7d" }));
app.use(express.static("public", { maxAge: "1h" }));
// Behind a reverse proxy, TRUST_PROXY names it (e.g. "loopback") so req.ip is the client's address.
app.set("trust proxy", env.TRUST_PROXY ?? false);
app.use(sameOriginPosts, readBody);
app.all("*", remixHandler(build, (req) => ({ sandbox, clientAddress: req.ip ?? "unknown", cspNonce: crypto.randomBytes(16).toString("base64") })));
app.use(errorPage);

const server = app.listen(env.PORT, () => {
  console.log(`Loopwright is serving on http://localhost:${env.PORT}${env.SANDBOX_MODE === "queue" ? " (code runs on the queue's runners)" : ""}`);
});

function shutdown() {
  void sandbox.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
