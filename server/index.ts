// The production server: checks configuration, prepares the database, then serves the
// Remix build. Migrations are applied by `npm start` (prestart) before this runs.
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import "../app/context";
import { ConfigError, readEnv } from "../app/env.server";
import { createSandboxPool } from "../sandbox/index";
import { prepareDatabase } from "./prepare";

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

await prepareDatabase(env);
// Candidate code runs in these worker processes, never in this one.
const sandbox = createSandboxPool({ workers: env.SANDBOX_WORKERS });

const build = (await import(new URL("../build/index.js", import.meta.url).href)) as ServerBuild;
const app = express();
app.disable("x-powered-by");
app.use((_req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  next();
});
// Nothing a person sends needs more than this; larger bodies are refused before parsing.
const MAX_BODY_BYTES = 2 * 1024 * 1024;
app.use((req, res, next) => {
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
    res.status(413).type("text/plain").send("That request is too large (2 MB at most).");
    return;
  }
  next();
});
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use("/monaco", express.static("public/monaco", { maxAge: "7d" }));
app.use(express.static("public", { maxAge: "1h" }));
// Always production mode: a built app never sends stack traces to the browser.
app.all("*", createRequestHandler({ build, mode: "production", getLoadContext: () => ({ sandbox }) }));

const server = app.listen(env.PORT, () => {
  console.log(`Loopwright is serving on http://localhost:${env.PORT}`);
});

function shutdown() {
  void sandbox.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
