import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { contentHash, loadBank, type Question } from "../../questions/index";
import { prisma } from "../db.server";

export type SyncReport =
  | { ok: true; skipped: boolean; added: number; changed: number; retired: number; total: number; ms: number }
  | { ok: false; problems: string[]; ms: number };

/** What the database keeps of a question: everything but where its file lives and the solutions. */
export function storedContent(q: Question): string {
  const { source: _source, ...rest } = q;
  if (rest.kind === "coding" || rest.kind === "sql") {
    const { solutions: _solutions, ...withoutSolutions } = rest;
    return JSON.stringify(withoutSolutions);
  }
  return JSON.stringify(rest);
}

/** sha256 over every file below the folder, by path and content, in a fixed order. */
async function hashFolder(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const contents = await Promise.all(entries.map((file) => fs.readFile(file)));
  entries.forEach((file, i) => {
    hash.update(`${path.relative(dir, file)}\u0000`);
    hash.update(contents[i]);
  });
  return hash.digest("hex");
}

/**
 * Bring the database in line with the bank folder. A bank with any problem is not
 * synced at all: the app keeps serving the last good versions and the report says why.
 * New content hash → new version; old versions stay so past attempts show what was asked.
 */
export async function syncBank(dir = "questions"): Promise<SyncReport> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  // Parsing ~2 MB of YAML takes seconds; hashing the files takes milliseconds. Files as
  // they were at the last good sync mean questions as they were: nothing to do.
  const filesHash = await hashFolder(dir);
  const last = await prisma.bankSync.findFirst({ where: { ok: true }, orderBy: { startedAt: "desc" } });
  if (last?.bankHash === filesHash) {
    const total = await prisma.question.count({ where: { retiredAt: null } });
    return { ok: true, skipped: true, added: 0, changed: 0, retired: 0, total, ms: ms() };
  }

  const bank = await loadBank(dir);
  if (bank.problems.length > 0) {
    await prisma.bankSync.create({
      data: { ok: false, bankHash: filesHash, errors: JSON.stringify(bank.problems.slice(0, 500)) },
    });
    return { ok: false, problems: bank.problems, ms: ms() };
  }
  const hashed = bank.questions.map((q) => ({ q, hash: contentHash(q) })).sort((a, b) => a.q.id.localeCompare(b.q.id));

  const counts = await prisma.$transaction(async (tx) => {
    let added = 0;
    let changed = 0;
    const existing = new Map(
      (
        await tx.question.findMany({
          select: { id: true, retiredAt: true, currentVersion: { select: { contentHash: true } } },
        })
      ).map((q) => [q.id, q]),
    );
    for (const { q, hash } of hashed) {
      const current = existing.get(q.id);
      if (current?.currentVersion?.contentHash === hash && !current.retiredAt) continue;
      if (!current) {
        await tx.question.create({ data: { id: q.id, kind: q.kind, stage: q.stage } });
        added++;
      } else if (current.currentVersion?.contentHash !== hash) {
        changed++;
      }
      // A question edited back to an earlier text reuses that version instead of forking a new one.
      const version =
        (await tx.questionVersion.findUnique({ where: { questionId_contentHash: { questionId: q.id, contentHash: hash } } })) ??
        (await tx.questionVersion.create({
          data: {
            questionId: q.id,
            version: ((await tx.questionVersion.aggregate({ where: { questionId: q.id }, _max: { version: true } }))._max.version ?? 0) + 1,
            contentHash: hash,
            title: q.title,
            kind: q.kind,
            stage: q.stage,
            tracks: JSON.stringify(q.tracks),
            skills: JSON.stringify(q.skills),
            difficulty: q.difficulty,
            timeMinutes: q.minutes,
            content: storedContent(q),
          },
        }));
      await tx.question.update({
        where: { id: q.id },
        data: { currentVersionId: version.id, kind: q.kind, stage: q.stage, retiredAt: null },
      });
    }
    const ids = hashed.map(({ q }) => q.id);
    const retired = await tx.question.updateMany({
      where: { id: { notIn: ids }, retiredAt: null },
      data: { retiredAt: new Date() },
    });
    return { added, changed, retired: retired.count };
    // The first sync writes every question, several statements each; over a network to
    // PostgreSQL that is far beyond the 5 s default, and it runs once, before serving.
  }, { timeout: 10 * 60_000, maxWait: 60_000 });

  await prisma.bankSync.create({ data: { ok: true, bankHash: filesHash, ...counts } });
  return { ok: true, skipped: false, ...counts, total: hashed.length, ms: ms() };
}
