import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../db.server";
import { syncBank } from "./sync.server";

function mcq(id: string, prompt: string) {
  return `  - id: ${id}
    title: Question ${id}
    kind: mcq
    tracks: [junior]
    skills: [python]
    difficulty: easy
    minutes: 1
    prompt: ${JSON.stringify(prompt)}
    options:
      - id: a
        text: "yes"
        correct: true
      - id: b
        text: "no"
    explanation: Because.
`;
}

let dir: string;
function writeBank(...questions: string[]) {
  fs.mkdirSync(path.join(dir, "screening"), { recursive: true });
  fs.writeFileSync(path.join(dir, "screening", "basics.yaml"), `questions:\n${questions.join("")}`);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bank-"));
  await prisma.bankSync.deleteMany();
});

async function currentVersion(id: string) {
  const q = await prisma.question.findUniqueOrThrow({ where: { id }, include: { currentVersion: true } });
  return { retiredAt: q.retiredAt, version: q.currentVersion!.version, content: JSON.parse(q.currentVersion!.content) };
}

describe("syncBank", () => {
  it("adds questions, skips an unchanged bank, versions a changed one and retires a removed one", async () => {
    writeBank(mcq("sync-one", "First prompt"), mcq("sync-two", "Another"));
    const first = await syncBank(dir);
    expect(first).toMatchObject({ ok: true, skipped: false, added: 2, changed: 0, total: 2 });
    expect(await currentVersion("sync-one")).toMatchObject({ version: 1, content: { prompt: "First prompt" } });

    expect(await syncBank(dir)).toMatchObject({ ok: true, skipped: true });

    writeBank(mcq("sync-one", "Edited prompt"));
    expect(await syncBank(dir)).toMatchObject({ ok: true, skipped: false, added: 0, changed: 1, retired: 1 });
    expect(await currentVersion("sync-one")).toMatchObject({ version: 2, content: { prompt: "Edited prompt" } });
    expect((await currentVersion("sync-two")).retiredAt).not.toBeNull();
    // the first version is kept for attempts that were taken on it
    expect(await prisma.questionVersion.count({ where: { questionId: "sync-one" } })).toBe(2);

    writeBank(mcq("sync-one", "First prompt"), mcq("sync-two", "Another"));
    expect(await syncBank(dir)).toMatchObject({ ok: true, changed: 1 });
    expect(await currentVersion("sync-one")).toMatchObject({ version: 1 });
    expect((await currentVersion("sync-two")).retiredAt).toBeNull();
  });

  it("refuses a bank with errors, says why, and keeps the last good versions", async () => {
    writeBank(mcq("sync-kept", "Good prompt"));
    await syncBank(dir);
    writeBank(mcq("sync-kept", "Changed but broken").replace("difficulty: easy", "difficulty: impossible"));
    const report = await syncBank(dir);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.problems.join("\n")).toMatch(/sync-kept.*difficulty/);
    expect(await currentVersion("sync-kept")).toMatchObject({ version: 1, content: { prompt: "Good prompt" } });
    const failed = await prisma.bankSync.findFirstOrThrow({ where: { ok: false } });
    expect(JSON.parse(failed.errors).length).toBeGreaterThan(0);
  });

  it("stores no solution source for coding questions", async () => {
    const report = await syncBank("questions");
    expect(report.ok).toBe(true);
    const versions = await prisma.questionVersion.findMany({ where: { kind: "coding" } });
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(JSON.parse(v.content)).not.toHaveProperty("solutions");
  });
});
