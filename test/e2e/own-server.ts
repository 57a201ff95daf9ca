import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { expect } from "./fixtures";

/**
 * The app in a process of the test's own, on the e2e database: the configured webServer
 * cannot be stopped from a test, nor can its log be read. The build already exists
 * (the webServer made it).
 */
export class OwnServer {
  private child: ChildProcess | undefined;
  /** Everything the process wrote to stdout and stderr. */
  log = "";

  constructor(
    readonly port: number,
    /** More environment for the process, e.g. SANDBOX_MODE=queue. */
    private readonly env: Record<string, string> = {},
  ) {}

  get origin() {
    return `http://localhost:${this.port}`;
  }

  async start() {
    this.child = spawn("node", ["--no-node-snapshot", "--import", "tsx", "server/index.ts"], {
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: process.env.DATABASE_URL,
        SESSION_SECRET: process.env.SESSION_SECRET,
        SANDBOX_WORKERS: "1",
        SANDBOX_PYTHON_POOL: "1",
        ...this.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const child = this.child;
    child.stdout!.on("data", (chunk) => (this.log += chunk));
    child.stderr!.on("data", (chunk) => (this.log += chunk));
    // up when /healthz answers; fails the test if the process dies first
    await expect
      .poll(
        async () => {
          if (child.exitCode !== null) throw new Error(`the app process exited:\n${this.log}`);
          return fetch(`${this.origin}/healthz`).then((r) => r.status, () => 0);
        },
        { timeout: 90_000, intervals: [200] },
      )
      .toBe(200);
  }

  /** A crash, not a polite shutdown: requests in flight just fail. */
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGKILL");
    await exited;
    await expect.poll(() => fetch(`${this.origin}/healthz`).then(() => "up", () => "down")).toBe("down");
  }

  /** Lines logged since `mark` (a length of `log` taken earlier). */
  linesSince(mark: number): string[] {
    return this.log.slice(mark).split("\n").filter((l) => l.trim() !== "");
  }
}
