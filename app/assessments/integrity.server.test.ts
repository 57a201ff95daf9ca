import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { RoundError } from "../rounds/errors";
import { recordBatch, integrityReport } from "./integrity.server";
import { similarityPair, similarityPairs } from "./similarity.server";

const CODING = "balanced-brackets";
const DESIGN = "fraud-detection-pipeline";

beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
});

let n = 0;
const user = (roles: ("candidate" | "hiring-manager")[]) =>
  createUser({ email: `i${n++}@example.com`, name: `User ${n}`, password: "long enough password", roles });

async function versions() {
  return Promise.all([CODING, DESIGN].map(async (id) => (await prisma.question.findUniqueOrThrow({ where: { id } })).currentVersionId!));
}

async function attempt(assessmentId: string | null, minutes = 30) {
  const candidate = await user(["candidate"]);
  const round = await prisma.round.create({
    data: {
      userId: candidate.id,
      assessmentId,
      track: "senior",
      gradingMode: "end",
      startedAt: new Date(Date.now() - 60_000),
      deadlineAt: new Date(Date.now() + minutes * 60_000),
      questions: { create: (await versions()).map((v, i) => ({ questionVersionId: v, position: i + 1 })) },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  return { candidate, round, codingRq: round.questions[0].id, designRq: round.questions[1].id };
}

async function assessment() {
  const owner = await user(["hiring-manager"]);
  return prisma.assessment.create({
    data: {
      ownerId: owner.id,
      title: "Brackets",
      track: "senior",
      durationMinutes: 30,
      status: "published",
      publishedAt: new Date(),
      questions: { create: (await versions()).map((v, i) => ({ questionVersionId: v, position: i + 1 })) },
    },
  });
}

const rejects = async (promise: Promise<unknown>, status: number) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RoundError);
  expect((error as RoundError).status).toBe(status);
};

describe("recording", () => {
  it("stores pastes, focus changes and snapshots of the candidate's own open attempt on the server's clock", async () => {
    const a = await assessment();
    const { candidate, round, codingRq } = await attempt(a.id);
    const sentAt = 1_000_000; // the browser's clock is far off: times are shifted by the offset
    await recordBatch(candidate.id, round.id, {
      sentAt,
      events: [
        { type: "view", question: codingRq, at: sentAt - 20_000 },
        { type: "paste", question: codingRq, at: sentAt - 10_000, chars: 1240 },
        { type: "away", at: sentAt - 5_000 },
      ],
      snapshots: [{ question: codingRq, at: sentAt - 9_000, language: "python", content: "def is_balanced(code):\n    return True\n" }],
    });
    const events = await prisma.integrityEvent.findMany({ where: { roundId: round.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.type, e.chars])).toEqual([["view", null], ["paste", 1240], ["away", null]]);
    const offset = Date.now() - events[1].at.getTime();
    expect(offset).toBeGreaterThanOrEqual(9_000);
    expect(offset).toBeLessThan(60_000);
    expect(await prisma.answerSnapshot.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("refuses practice rounds, other people's attempts, unknown questions and closed attempts", async () => {
    const practice = await attempt(null);
    await rejects(recordBatch(practice.candidate.id, practice.round.id, { sentAt: Date.now(), events: [{ type: "away", at: Date.now() }], snapshots: [] }), 404);
    expect(await prisma.integrityEvent.count({ where: { roundId: practice.round.id } })).toBe(0);

    const a = await assessment();
    const mine = await attempt(a.id);
    const other = await user(["candidate"]);
    await rejects(recordBatch(other.id, mine.round.id, { sentAt: Date.now(), events: [{ type: "away", at: Date.now() }], snapshots: [] }), 404);
    await rejects(recordBatch(mine.candidate.id, mine.round.id, { sentAt: Date.now(), events: [{ type: "paste", question: practice.codingRq, at: Date.now(), chars: 3 }], snapshots: [] }), 400);

    await prisma.round.update({ where: { id: mine.round.id }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    await rejects(recordBatch(mine.candidate.id, mine.round.id, { sentAt: Date.now(), events: [{ type: "away", at: Date.now() }], snapshots: [] }), 409);
    expect(await prisma.integrityEvent.count({ where: { roundId: mine.round.id } })).toBe(0);
  });

  it("caps events per answer and thins snapshots past the cap, keeping the newest", async () => {
    const a = await assessment();
    const { candidate, round, codingRq } = await attempt(a.id);
    const limits = { eventsPerAnswer: 10, snapshotsPerAnswer: 5, bytesPerAttempt: 1_000_000 };
    const now = Date.now();
    const events = Array.from({ length: 15 }, (_, i) => ({ type: "paste" as const, question: codingRq, at: now - 15_000 + i, chars: i }));
    const snapshots = Array.from({ length: 12 }, (_, i) => ({ question: codingRq, at: now - 12_000 + i * 1000, content: `x = ${i}` }));
    await recordBatch(candidate.id, round.id, { sentAt: now, events, snapshots }, new Date(now), limits);
    expect(await prisma.integrityEvent.count({ where: { roundId: round.id } })).toBe(10);
    const kept = await prisma.answerSnapshot.findMany({ where: { roundId: round.id }, orderBy: { at: "asc" } });
    expect(kept.length).toBeLessThanOrEqual(5);
    expect(kept.at(-1)!.content).toBe("x = 11");
    expect(kept[0].content).toBe("x = 0");
  });
});

describe("the owner's report", () => {
  it("builds the timeline and a playback that ends on the graded version", async () => {
    const a = await assessment();
    const { candidate, round, codingRq, designRq } = await attempt(a.id);
    const now = Date.now();
    await recordBatch(candidate.id, round.id, {
      sentAt: now,
      events: [
        { type: "view", question: codingRq, at: now - 50_000 },
        { type: "paste", question: codingRq, at: now - 40_000, chars: 52 },
        { type: "away", question: codingRq, at: now - 30_000 },
        { type: "back", question: codingRq, at: now - 20_000, durationMs: 10_000 },
      ],
      snapshots: [
        { question: codingRq, at: now - 45_000, language: "python", content: "def is_balanced(code):\n" },
        { question: codingRq, at: now - 25_000, language: "python", content: "def is_balanced(code):\n    return False\n" },
      ],
    });
    const items = [
      { id: codingRq, position: 1, title: "Brackets", kind: "coding", response: { type: "code", language: "python", code: "def is_balanced(code):\n    return not code\n" } },
      { id: designRq, position: 2, title: "Fraud", kind: "design", response: { type: "none" } },
    ];
    const report = await integrityReport(round.id, items);
    expect(report.recorded).toBe(true);
    expect(report.timeline.questions[0].pastes.map((p) => p.chars)).toEqual([52]);
    expect(report.timeline.questions[0].away[0].ms).toBeCloseTo(10_000, -2);
    const [playback] = report.playbacks;
    expect(playback.frames.map((f) => f.label)).toEqual(["Empty", "Snapshot", "Snapshot", "Graded version"]);
    expect(playback.frames.at(-1)!.code).toContain("return not code");
    expect(report.playbacks).toHaveLength(1);
  });
});

describe("similarity across submitted attempts", () => {
  const reference = fs.readFileSync(path.join("questions", "coding", CODING, "solutions", "reference.py"), "utf8");
  const other = fs.readFileSync(path.join("questions", "coding", CODING, "solutions", "wrong-counters.py"), "utf8");

  async function submitted(assessmentId: string, email: string, code: string) {
    const t = await attempt(assessmentId);
    await prisma.answer.create({
      data: { roundId: t.round.id, roundQuestionId: t.codingRq, userId: t.candidate.id, questionVersionId: t.round.questions[0].questionVersionId, response: JSON.stringify({ language: "python", code }) },
    });
    await prisma.round.update({ where: { id: t.round.id }, data: { finishedAt: new Date() } });
    return prisma.assessmentInvite.create({
      data: { assessmentId, email, tokenHash: `h-${email}`, candidateId: t.candidate.id, expiresAt: new Date(Date.now() + 1e8), roundId: t.round.id },
    });
  }

  it("lists near-identical answers with their shared fraction and marks the shared code", async () => {
    const a = await assessment();
    const one = await submitted(a.id, "one@example.com", reference);
    const two = await submitted(a.id, "two@example.com", reference.replace(/stack/g, "pile").replace(/partner/g, "match"));
    await submitted(a.id, "three@example.com", other);
    const [coding] = await similarityPairs(a.id);
    expect(coding.answers).toBe(3);
    expect(coding.pairs).toHaveLength(1);
    expect(coding.pairs[0]).toMatchObject({ a: { inviteId: one.id }, b: { inviteId: two.id }, shared: 1 });
    const pair = await similarityPair(a.id, coding.versionId, one.id, two.id);
    expect(pair!.b.parts.filter((p) => p.shared).map((p) => p.text).join("")).toContain("pile.append(ch)");
    expect(await similarityPair(a.id, coding.versionId, one.id, "nobody")).toBeNull();
  });
});
