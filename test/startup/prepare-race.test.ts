import { spawn } from "node:child_process";
import { once } from "node:events";
import { expect, it } from "vitest";
import { loadBank } from "../../questions/index";
import { prisma } from "../../app/db.server";

/** A server's start-up preparation in its own process, on this file's database; resolves with its exit code and log. */
async function prepareInProcess(): Promise<{ code: number | null; log: string }> {
  const child = spawn("node", ["--no-node-snapshot", "--import", "tsx", "test/support/prepare-database.ts"], {
    env: { ...process.env, NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const [code] = await once(child, "exit");
  return { code, log };
}

// Several web servers started together on a new database: each syncs the bank and creates
// the first accounts before listening. The loser of that race must not crash.
it("lets two servers prepare a new database at the same moment: both start, the work is done once", { timeout: 240_000 }, async () => {
  const [first, second] = await Promise.all([prepareInProcess(), prepareInProcess()]);
  expect([first.code, second.code], `${first.log}\n----\n${second.log}`).toEqual([0, 0]);
  expect(`${first.log}${second.log}`.match(/Demo accounts/g)).toHaveLength(1);
  expect(await prisma.user.count({ where: { email: { endsWith: "@demo.loopwright.local" } } })).toBe(4);
  const bank = await loadBank("questions");
  expect(await prisma.question.count({ where: { retiredAt: null } })).toBe(bank.questions.length);
  expect(await prisma.questionVersion.count()).toBe(bank.questions.length);
});
