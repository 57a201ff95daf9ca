// Median time from a click on "Submit" to the verdict on screen, measured inside the
// browser (Debian Chromium) against the real built app, for a coding question with
// about 20 hidden tests. Starts its own server on a scratch database.
//   npm run bench:submit            (RUNS=30 by default)
import { spawn, execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright";

const PORT = Number(process.env.BENCH_PORT ?? 3231);
const RUNS = Number(process.env.RUNS ?? 30);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.SESSION_SECRET = "bench-session-secret-bench-session-secret";

if (!fs.existsSync("build/index.js")) execSync("npm run build", { stdio: "inherit" });
execSync("npm run db:deploy", { stdio: "ignore", env: process.env });
const server = spawn(process.execPath, ["--no-node-snapshot", "--import", "tsx", "server/index.ts"], {
  env: { ...process.env, PORT: String(PORT), NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not start");
}
await waitForServer();

const { prisma } = await import("../app/db.server");
const { createUser } = await import("../app/auth/auth.server");
const { createSessionCookie } = await import("../app/auth/session.server");

// the JS coding question whose hidden test count is nearest 20
const versions = await prisma.questionVersion.findMany({ where: { kind: "coding", currentOf: { isNot: null } } });
const scored = versions
  .map((v) => ({ v, content: JSON.parse(v.content) as { hidden: unknown[]; languages: string[]; entry: Record<string, string> } }))
  .filter((x) => x.content.languages.includes("js"))
  .sort((a, b) => Math.abs(a.content.hidden.length - 20) - Math.abs(b.content.hidden.length - 20));
const { v, content } = scored[0];
const reference = fs.readFileSync(path.join("questions", "coding", v.questionId, "solutions", "reference.js"), "utf8");

const user = await createUser({ email: "bench@example.com", name: "Bench", password: "bench password 1", roles: ["candidate"] });
const round = await prisma.round.create({
  data: {
    userId: user.id,
    track: "mid",
    stage: "coding",
    deadlineAt: new Date(Date.now() + 3600_000),
    questions: { create: [{ questionVersionId: v.id, position: 1 }] },
  },
});
const [cookie] = (await createSessionCookie(user.id)).split(";");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost"],
});
const context = await browser.newContext();
const [name, ...rest] = cookie.split("=");
await context.addCookies([{ name, value: rest.join("="), url: `http://localhost:${PORT}` }]);
const page = await context.newPage();
await page.goto(`http://localhost:${PORT}/practice/rounds/${round.id}`);
await page.locator('[data-editor="monaco"]').waitFor({ timeout: 30_000 });

const times: number[] = [];
for (let i = 0; i < RUNS + 3; i++) {
  // a different comment each time, so no submission is answered from the cache of an identical one
  await page.evaluate((code) => (window as any).monaco.editor.getEditors()[0].getModel().setValue(code), `${reference}\n// run ${i}\n`);
  // a person clicks Submit some time after typing; let the editor's language worker settle first
  await page.waitForTimeout(1_000);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Submit")!;
        const t0 = performance.now();
        let grading = false;
        // the button reads "Grading…" while the request is out; the verdict renders in the same commit that restores it
        const observer = new MutationObserver(() => {
          if (button.textContent !== "Submit") grading = true;
          else if (grading && document.querySelector('[data-testid="results-submit"]')) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(button, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
  );
  if (i >= 3) times.push(ms); // the first runs warm up the workers and the JIT
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`question ${v.questionId}: ${content.hidden.length} hidden tests, ${RUNS} submits in Chromium`);
console.log(`submit→verdict: p50_ms=${q(0.5).toFixed(1)} p90_ms=${q(0.9).toFixed(1)} min_ms=${times[0].toFixed(1)} max_ms=${times[times.length - 1].toFixed(1)}`);
await browser.close();
await prisma.$disconnect();
stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
