import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxPool, type SandboxPool } from "../../sandbox/index";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { finishRound, runCode, saveDraft, submitAnswer, submitCode } from "./answers.server";
import { RateLimit } from "../rate-limit.server";
import { questionFromVersion } from "./content.server";
import { RoundError } from "./errors";
import { rejection } from "../../test/support/round-error";
import { requestReview, roundResults, selfAssess } from "./results.server";
import { requireOwnRound, startRound } from "./rounds.server";

let sandbox: SandboxPool;
beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
  sandbox = createSandboxPool({ workers: 1 });
});
afterAll(() => sandbox.close());

let n = 0;
async function candidate() {
  return createUser({ email: `cand${n++}@example.com`, name: "C", password: "long enough password", roles: ["candidate"] });
}

/** Opens a few pooled connections, so racing requests really run side by side (as on a busy server). */
async function warmConnections() {
  await Promise.all(Array.from({ length: 4 }, () => prisma.$transaction(async (tx) => tx.user.count())));
}

/** A round holding exactly the given question, for tests that need a particular kind. */
async function roundWith(userId: string, questionId: string, opts: { grading?: "immediate" | "end"; minutes?: number } = {}) {
  const q = await prisma.question.findUniqueOrThrow({ where: { id: questionId } });
  const round = await prisma.round.create({
    data: {
      userId,
      track: "mid",
      stage: q.stage,
      gradingMode: opts.grading ?? "immediate",
      deadlineAt: new Date(Date.now() + (opts.minutes ?? 10) * 60_000),
      questions: { create: [{ questionVersionId: q.currentVersionId!, position: 1 }] },
    },
    include: { questions: true },
  });
  return { round, rqId: round.questions[0].id, version: await prisma.questionVersion.findUniqueOrThrow({ where: { id: q.currentVersionId! } }) };
}

async function firstOfKind(kind: string, extra: (content: ReturnType<typeof questionFromVersion>) => boolean = () => true) {
  const versions = await prisma.questionVersion.findMany({ where: { kind, currentOf: { isNot: null } } });
  const v = versions.find((v) => extra(questionFromVersion(v)));
  if (!v) throw new Error(`no ${kind} question in the bank`);
  return v.questionId;
}

describe("starting a round", () => {
  it("draws questions of the stage and track within the time budget", async () => {
    const user = await candidate();
    const { id } = await startRound(user.id, { track: "mid", format: "stage", stage: "ml-technical", minutes: 10, grading: "immediate" });
    const round = await requireOwnRound(user.id, id);
    expect(round.questions.length).toBeGreaterThan(0);
    const minutes = round.questions.reduce((s, q) => s + q.questionVersion.timeMinutes, 0);
    expect(minutes <= 10 || round.questions.length === 1).toBe(true);
    for (const q of round.questions) {
      expect(q.questionVersion.stage).toBe("ml-technical");
      expect(JSON.parse(q.questionVersion.tracks)).toContain("mid");
    }
    expect(round.deadlineAt.getTime() - round.startedAt.getTime()).toBe(10 * 60_000);
  });

  it("builds a whole loop from the template's stages", async () => {
    const user = await candidate();
    const { id } = await startRound(user.id, { track: "senior", format: "loop", loop: "big-tech", grading: "end" });
    const round = await requireOwnRound(user.id, id);
    const stages = new Set(round.questions.map((q) => q.questionVersion.stage));
    expect(stages.has("ml-system-design")).toBe(true);
  });

  it("hides a round from everyone but its owner", async () => {
    const owner = await candidate();
    const other = await candidate();
    const { id } = await startRound(owner.id, { track: "mid", format: "stage", stage: "screening", minutes: 10, grading: "immediate" });
    expect((await rejection(requireOwnRound(other.id, id))).status).toBe(404);
  });
});

describe("answering", () => {
  it("grades an mcq at once, explains it, and treats a second identical submit as a no-op", async () => {
    const user = await candidate();
    const id = await firstOfKind("mcq", (q) => q.kind === "mcq" && !q.multiple);
    const { round, rqId, version } = await roundWith(user.id, id);
    const q = questionFromVersion(version);
    if (q.kind !== "mcq") throw new Error("mcq expected");
    const right = q.options.find((o) => o.correct)!.id;
    const first = await submitAnswer(user.id, round.id, rqId, { choices: [right] });
    expect(first).toMatchObject({ status: "graded", correct: true, score: 1 });
    expect(first.explanation).toBe(q.explanation);
    const again = await submitAnswer(user.id, round.id, rqId, { choices: [right] });
    expect(again).toMatchObject({ status: "graded", score: 1 });
    const wrong = q.options.find((o) => !o.correct)!.id;
    expect((await rejection(submitAnswer(user.id, round.id, rqId, { choices: [wrong] }))).status).toBe(409);
    expect(await prisma.scoreRecord.count({ where: { userId: user.id, source: "auto" } })).toBe(q.skills.length);
  });

  it("grades only one of two different answers submitted at the same moment (two tabs)", async () => {
    const user = await candidate();
    const id = await firstOfKind("mcq", (q) => q.kind === "mcq" && !q.multiple);
    const { round, rqId, version } = await roundWith(user.id, id);
    const q = questionFromVersion(version);
    if (q.kind !== "mcq") throw new Error("mcq expected");
    const right = q.options.find((o) => o.correct)!.id;
    const wrong = q.options.find((o) => !o.correct)!.id;
    await warmConnections();
    const outcomes = await Promise.allSettled([
      submitAnswer(user.id, round.id, rqId, { choices: [right] }),
      submitAnswer(user.id, round.id, rqId, { choices: [wrong] }),
    ]);
    const graded = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(graded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(RoundError);
    expect((refused[0] as RoundError).status).toBe(409);
    // the stored answer is the one whose grade the candidate was shown
    const winner = outcomes[0].status === "fulfilled" ? right : wrong;
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(JSON.parse(answer.response).choices).toEqual([winner]);
    expect(await prisma.scoreRecord.count({ where: { userId: user.id, source: "auto" } })).toBe(q.skills.length);
  });

  it("refuses bad input with a 4xx and keeps what was saved", async () => {
    const user = await candidate();
    const id = await firstOfKind("behavioral");
    const { round, rqId } = await roundWith(user.id, id);
    await saveDraft(user.id, round.id, rqId, { text: "My first draft" });
    expect((await rejection(saveDraft(user.id, round.id, rqId, { text: "x".repeat(40_000) }))).status).toBe(400);
    expect((await rejection(saveDraft(user.id, round.id, "not-a-question", { text: "hi" }))).status).toBe(404);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(JSON.parse(answer.response).text).toBe("My first draft");
  });

  it("refuses answers after the deadline and submits saved drafts when the round ends", async () => {
    const user = await candidate();
    const id = await firstOfKind("short");
    const { round, rqId, version } = await roundWith(user.id, id, { grading: "end" });
    const q = questionFromVersion(version);
    if (q.kind !== "short") throw new Error("short expected");
    await saveDraft(user.id, round.id, rqId, { text: q.accepted[0] });
    await prisma.round.update({ where: { id: round.id }, data: { deadlineAt: new Date(Date.now() - 10_000) } });
    const late = await rejection(submitAnswer(user.id, round.id, rqId, { text: "changed my mind" }));
    expect(late.status).toBe(409);
    expect(late.message).toMatch(/Time is up/);
    await finishRound(sandbox, user.id, round.id);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer).toMatchObject({ status: "graded", score: 1 });
    expect(JSON.parse(answer.response).text).toBe(q.accepted[0]);
  });
});

describe("finishing", () => {
  it("grades once when two requests finish together, and refuses saves from then on", async () => {
    const user = await candidate();
    const id = await firstOfKind("coding", (q) => q.kind === "coding" && q.languages.includes("js"));
    const { round, rqId, version } = await roundWith(user.id, id);
    const q = questionFromVersion(version);
    if (q.kind !== "coding") throw new Error("coding expected");
    await saveDraft(user.id, round.id, rqId, { language: "js", code: `function ${q.entry.js}() { return null; }` });
    await Promise.all([finishRound(sandbox, user.id, round.id), finishRound(sandbox, user.id, round.id)]);
    expect(await prisma.codeSubmission.count({ where: { userId: user.id, mode: "submit" } })).toBe(1);
    const late = await rejection(saveDraft(user.id, round.id, rqId, { language: "js", code: "// too late" }));
    expect(late.status).toBe(409);
  });

  it("refuses a numeric answer that is not a number instead of grading it wrong", async () => {
    const user = await candidate();
    const { round, rqId } = await roundWith(user.id, await firstOfKind("numeric"));
    const typo = await rejection(submitAnswer(user.id, round.id, rqId, { value: "0,6" }));
    expect(typo.status).toBe(400);
    expect(typo.message).toMatch(/plain decimal notation/);
    expect((await prisma.answer.findUnique({ where: { roundQuestionId: rqId } }))?.status ?? "unanswered").not.toBe("graded");
  });

  it("refuses values that are not finite numbers: 1e309, Infinity, NaN", async () => {
    const user = await candidate();
    const { round, rqId } = await roundWith(user.id, await firstOfKind("numeric"));
    for (const value of ["1e309", "-1e400", "Infinity", "-Infinity", "NaN"]) {
      const refused = await rejection(submitAnswer(user.id, round.id, rqId, { value }));
      expect(refused.status, value).toBe(400);
      expect(refused.message).toMatch(/finite number/);
    }
    expect((await prisma.answer.findUnique({ where: { roundQuestionId: rqId } }))?.status ?? "unanswered").toBe("unanswered");
  });
});

describe("coding", () => {
  it("runs examples with full output, grades hidden tests without revealing them, and dedupes a double submit", async () => {
    const user = await candidate();
    const id = await firstOfKind("coding", (q) => q.kind === "coding" && q.languages.includes("js"));
    const { round, rqId, version } = await roundWith(user.id, id);
    const q = questionFromVersion(version);
    if (q.kind !== "coding") throw new Error("coding expected");
    const hiddenInputs = q.hidden.map((t) => JSON.stringify(t.args));
    const broken = `function ${q.entry.js}() { console.log("debug"); return null; }`;

    const run = await runCode(sandbox, user.id, round.id, rqId, { language: "js", code: broken });
    if (run.mode !== "run") throw new Error("a run shows examples");
    expect(run.tests[0]).toHaveProperty("expected");
    expect(run.tests[0].stdout).toContain("debug");

    const submitted = await submitCode(sandbox, user.id, round.id, rqId, { language: "js", code: broken });
    expect(submitted.verdict).not.toBe("Accepted");
    expect(submitted.total).toBe(q.hidden.length);
    const shown = JSON.stringify(submitted);
    expect(shown).not.toContain("debug");
    for (const input of hiddenInputs) if (input.length > 6) expect(shown).not.toContain(input);
    // pass or fail only: no status, timing, output or message that code could smuggle an input through
    for (const t of submitted.tests) expect(Object.keys(t).sort()).toEqual(["id", "passed"]);

    await submitCode(sandbox, user.id, round.id, rqId, { language: "js", code: broken });
    expect(await prisma.codeSubmission.count({ where: { userId: user.id, mode: "submit" } })).toBe(1);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer.score).toBe(submitted.passed / submitted.total);

    const oversized = await rejection(runCode(sandbox, user.id, round.id, rqId, { language: "js", code: "x".repeat(101 * 1024) }));
    expect(oversized.status).toBe(400);
  });

  it("refuses a run once the candidate has run code 30 times this minute, counting runs made on other servers", async () => {
    const user = await candidate();
    const id = await firstOfKind("coding", (q) => q.kind === "coding" && q.languages.includes("js"));
    const { round, rqId } = await roundWith(user.id, id);
    // the limit's table is shared: these could have been taken by any web server
    const elsewhere = new RateLimit("code-run", 30, 60_000);
    for (let i = 0; i < 30; i++) expect((await elsewhere.take(user.id)).allowed).toBe(true);
    const refused = await rejection(runCode(sandbox, user.id, round.id, rqId, { language: "js", code: "function f() {}" }));
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/running code very often; try again in (59|60) seconds/);
    expect(await prisma.codeSubmission.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("after the round", () => {
  it("opens the rubric for self-assessment and the reviewers' queue", async () => {
    const user = await candidate();
    const id = await firstOfKind("design");
    const { round, rqId, version } = await roundWith(user.id, id);
    const q = questionFromVersion(version);
    if (q.kind !== "design") throw new Error("design expected");
    await submitAnswer(user.id, round.id, rqId, { text: "Requirements first: ..." });
    expect((await rejection(selfAssess(user.id, round.id, rqId, {}))).status).toBe(409);
    await finishRound(sandbox, user.id, round.id);

    const full = Object.fromEntries(q.rubric.map((c) => [c.id, c.points]));
    expect((await rejection(selfAssess(user.id, round.id, rqId, { ...full, [q.rubric[0].id]: 999 }))).status).toBe(400);
    const { score } = await selfAssess(user.id, round.id, rqId, full);
    expect(score).toBe(1);
    expect(await prisma.scoreRecord.count({ where: { answerId: { not: null }, userId: user.id, source: "self" } })).toBe(q.skills.length);

    await requestReview(user.id, round.id, rqId);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer.reviewRequestedAt).not.toBeNull();

    const { items } = await roundResults(await requireOwnRound(user.id, round.id));
    expect(items[0]).toMatchObject({ kind: "design", selfAssessed: true, reviewRequested: true });
  });
});
