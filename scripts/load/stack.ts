// The processes under test: web servers (and runners) as children of the benchmark, each
// with its log in a scratch folder, stopped with SIGTERM (SIGKILL after a grace period).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type Child = { name: string; process: ChildProcess; log: string };

export function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, logDir: string): Child {
  const log = path.join(logDir, `${name}.log`);
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  return { name, process: child, log };
}

/** A web server on `port`, started as `npm start` starts it (build and migrations done beforehand). */
export function startWebServer(port: number, env: NodeJS.ProcessEnv, logDir: string): Child {
  return startProcess(`web-${port}`, [...nodeArgs(logDir), "--import", "tsx", "server/index.ts"], { ...env, PORT: String(port) }, logDir);
}

/** A sandbox runner for SANDBOX_MODE=queue, as `npm run runner` starts it. */
export function startRunner(index: number, env: NodeJS.ProcessEnv, logDir: string): Child {
  return startProcess(`runner-${index}`, [...nodeArgs(logDir), "--import", "tsx", "scripts/runner.ts"], env, logDir);
}

/** Until the child's log shows `ready` (a runner says so once it takes jobs). */
export async function waitForLog(child: Child, ready: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited with ${child.process.exitCode}; see ${child.log}`);
    if (ready.test(fs.readFileSync(child.log, "utf8"))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} was not ready within ${timeoutMs / 1000} s; see ${child.log}`);
}

/** LOAD_PROFILE=1: every server writes a V8 CPU profile into the log folder when it stops (open it in Chrome's DevTools). */
function nodeArgs(logDir: string): string[] {
  return ["--no-node-snapshot", ...(process.env.LOAD_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${logDir}`] : [])];
}

export async function waitForHealth(origin: string, child: Child, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited with ${child.process.exitCode}; see ${child.log}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} did not answer ${origin}/healthz within ${timeoutMs / 1000} s; see ${child.log}`);
}

export async function stopAll(children: Child[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.process.exitCode !== null || c.process.signalCode !== null) return resolve();
          const kill = setTimeout(() => c.process.kill("SIGKILL"), 10_000);
          c.process.once("exit", () => {
            clearTimeout(kill);
            resolve();
          });
          c.process.kill("SIGTERM");
        }),
    ),
  );
}
