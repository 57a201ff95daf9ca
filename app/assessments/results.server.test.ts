import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxPool, type SandboxPool } from "../../sandbox/index";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { finishRound, saveDraft, submitCode } from "../rounds/answers.server";
import { questionFromVersion } from "../rounds/content.server";
import { RoundError } from "../rounds/errors";
import { attemptDetail, extendAttempt } from "./attempt-detail.server";
import { resultsCsv } from "./results-csv";
import { assessmentResults, findAssessmentFor, otherVersions } from "./results.server";
import Papa from "papaparse";

const CODING = "top-k-cosine";
const DESIGN = "fraud-detection-pipeline";

let sandbox: SandboxPool;
beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
  sandbox = createSandboxPool({ workers: 1 });
});
afterAll(() => sandbox.close());

let n = 0;
const user = (roles: ("candidate" | "hiring-manager" | "reviewer" | "admin")[]) =>
  createUser({ email: `u${n++}@example.com`, name: `User ${n}`, password: "long enough password", roles });

/** A published assessment with a coding and a design question, and an attempt for one invited candidate. */
async function assessmentWithAttempt(minutes = 30) {
  const owner = await user(["hiring-manager"]);
  const candidate = await user(["candidate"]);
  const versions = await Promise.all(
    [CODING, DESIGN].map(async (id) => (await prisma.question.findUniqueOrThrow({ where: { id } })).currentVersionId!),
  );
  const assessment = await prisma.assessment.create({
    data: {
      ownerId: owner.id,
      title: "Senior ML",
      track: "senior",
      durationMinutes: minutes,
      status: "published",
      publishedAt: new Date(),
      questions: { create: versions.map((v, i) => ({ questionVersionId: v, position: i + 1, points: i === 0 ? 3 : 2 })) },
    },
  });
  const round = await prisma.round.create({
    data: {
      userId: candidate.id,
      assessmentId: assessment.id,
      track: "senior",
      gradingMode: "end",
      deadlineAt: new Date(Date.now() + minutes * 60_000),
      questions: { create: versions.map((v, i) => ({ questionVersionId: v, position: i + 1, points: i === 0 ? 3 : 2 })) },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  const invite = await prisma.assessmentInvite.create({
    data: {
      assessmentId: assessment.id,
      email: candidate.email,
      name: '=HYPERLINK("x"), "Ace"',
      tokenHash: `hash-${n}`,
      candidateId: candidate.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      acceptedAt: new Date(),
      roundId: round.id,
    },
  });
  return { owner, candidate, assessment, round, invite, codingRq: round.questions[0].id, designRq: round.questions[1].id };
}

const wrongSolution = fs.readFileSync(path.join("questions", "coding", CODING, "solutions", "wrong-dot-product.js"), "utf8");

describe("results of an assessment attempt", () => {
  it("keeps hidden inputs, expected and actual values for the owner while the candidate sees pass or fail", async () => {
    const { assessment, candidate, round, invite, codingRq } = await assessmentWithAttempt();
    const shown = await submitCode(sandbox, candidate.id, round.id, codingRq, { language: "js", code: wrongSolution });
    expect(shown.mode).toBe("submit");
    expect(JSON.stringify(shown)).not.toMatch(/"(args|expected|actual)"/);

    const row = await prisma.codeSubmission.findFirstOrThrow({ where: { answer: { roundId: round.id }, mode: "submit" } });
    expect(row.result).not.toMatch(/"(args|expected|actual)"/);
    const hidden = (questionFromVersion(await prisma.questionVersion.findUniqueOrThrow({ where: { id: row.questionVersionId } })) as { hidden: { args: unknown[]; expected: unknown }[] }).hidden;
    const owner = JSON.parse(row.ownerResult!) as { tests: { args: unknown[]; expected: unknown; actual: unknown; status: string }[] };
    expect(owner.tests.map((t) => t.args)).toEqual(hidden.map((h) => h.args));
    expect(owner.tests.map((t) => t.expected)).toEqual(hidden.map((h) => h.expected));
    const failed = owner.tests.find((t) => t.status === "WrongAnswer")!;
    expect(failed.actual).toBeDefined();
    expect(failed.actual).not.toEqual(failed.expected);

    const detail = await attemptDetail(assessment.id, invite.id);
    const code = detail!.items[0].response;
    expect(code.type === "code" && code.tests.length).toBe(hidden.length);
    expect(await attemptDetail(assessment.id, "some-other-invite")).toBeNull();
  });

  it("practice rounds store no owner's view", async () => {
    const candidate = await user(["candidate"]);
    const q = await prisma.question.findUniqueOrThrow({ where: { id: CODING } });
    const round = await prisma.round.create({
      data: { userId: candidate.id, track: "mid", deadlineAt: new Date(Date.now() + 600_000), questions: { create: [{ questionVersionId: q.currentVersionId!, position: 1 }] } },
      include: { questions: true },
    });
    await submitCode(sandbox, candidate.id, round.id, round.questions[0].id, { language: "js", code: wrongSolution });
    const row = await prisma.codeSubmission.findFirstOrThrow({ where: { answer: { roundId: round.id } } });
    expect(row.ownerResult).toBeNull();
  });

  it("shows a design answer as pending review, not zero, in the totals and the CSV", async () => {
    const { assessment, candidate, round, codingRq, designRq } = await assessmentWithAttempt();
    const reference = fs.readFileSync(path.join("questions", "coding", CODING, "solutions", "reference.js"), "utf8");
    await submitCode(sandbox, candidate.id, round.id, codingRq, { language: "js", code: reference });
    await saveDraft(candidate.id, round.id, designRq, { text: "Stream features, score with a GBDT, review queue." });
    await finishRound(sandbox, candidate.id, round.id);

    const { columns, rows } = await assessmentResults(assessment, sandbox);
    expect(rows[0].status).toBe("submitted");
    expect(rows[0].total).toBe(1); // the coding question's 3 points out of 3; the design answer waits
    expect(rows[0].pendingReview).toBe(1);
    expect(rows[0].score!.cells.map((c) => c.state)).toEqual(["scored", "pending-review"]);

    const [header, line] = Papa.parse<string[]>(resultsCsv(columns, rows).slice(1), { skipEmptyLines: true }).data;
    const value = (name: string) => line[header.findIndex((h) => h.startsWith(name))];
    expect(value("Name")).toBe(`'=HYPERLINK("x"), "Ace"`);
    expect(value("Total")).toBe("100");
    expect(value("Q2 ")).toBe("pending review");
    expect(value("Skill: Data structures and algorithms")).toBe("100");

    // the reviewers' mean arrives: now it counts
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: designRq } });
    await prisma.answer.update({ where: { id: answer.id }, data: { score: 0.5, gradedBy: "reviewer", status: "graded" } });
    const after = await assessmentResults(assessment, sandbox);
    expect(after.rows[0].total).toBeCloseTo((3 + 0.5 * 2) / 5);
    expect(after.rows[0].pendingReview).toBe(0);
  });

  it("closes an attempt whose clock ran out the first time its results are read", async () => {
    const { assessment, round, invite } = await assessmentWithAttempt();
    await prisma.round.update({ where: { id: round.id }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    const { rows } = await assessmentResults(assessment, sandbox);
    expect(rows[0].status).toBe("submitted");
    expect((await prisma.round.findUniqueOrThrow({ where: { id: round.id } })).finishedAt).not.toBeNull();
    // one invite's row alone, for the detail and compare pages; an id from elsewhere finds nothing
    expect((await assessmentResults(assessment, sandbox, { inviteIds: [invite.id] })).rows.map((r) => r.inviteId)).toEqual([invite.id]);
    expect((await assessmentResults(assessment, sandbox, { inviteIds: ["elsewhere"] })).rows).toEqual([]);
  });
});

describe("who may read the results", () => {
  it("is the owner or an admin; another manager, a reviewer and the candidate get nothing", async () => {
    const { owner, candidate, assessment } = await assessmentWithAttempt();
    const other = await user(["hiring-manager"]);
    const reviewer = await user(["reviewer"]);
    const admin = await user(["admin"]);
    expect(await findAssessmentFor(owner, assessment.id)).not.toBeNull();
    expect(await findAssessmentFor(admin, assessment.id)).not.toBeNull();
    expect(await findAssessmentFor(admin, assessment.id, "update")).not.toBeNull();
    for (const someone of [other, reviewer, candidate]) {
      expect(await findAssessmentFor(someone, assessment.id)).toBeNull();
      expect(await findAssessmentFor(someone, assessment.id, "update")).toBeNull();
    }
  });
});

describe("extending a running attempt", () => {
  async function refusal(promise: Promise<unknown>) {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(RoundError);
    return error as RoundError;
  }

  it("moves the server's deadline by whole minutes, 1 to 240", async () => {
    const { assessment, invite, round } = await assessmentWithAttempt();
    const { deadlineAt } = await extendAttempt(assessment.id, invite.id, 5);
    expect(deadlineAt.getTime() - round.deadlineAt.getTime()).toBe(5 * 60_000);
    expect((await prisma.round.findUniqueOrThrow({ where: { id: round.id } })).deadlineAt).toEqual(deadlineAt);
    for (const bad of [0, 241, 1.5, -3]) expect((await refusal(extendAttempt(assessment.id, invite.id, bad))).status).toBe(400);
  });

  it("two extensions at once both count", async () => {
    const { assessment, invite, round } = await assessmentWithAttempt();
    await Promise.all([extendAttempt(assessment.id, invite.id, 3), extendAttempt(assessment.id, invite.id, 4)]);
    const after = await prisma.round.findUniqueOrThrow({ where: { id: round.id } });
    expect(after.deadlineAt.getTime() - round.deadlineAt.getTime()).toBe(7 * 60_000);
  });

  it("refuses an attempt that has ended, and an invite of another assessment", async () => {
    const { assessment, invite, round, candidate } = await assessmentWithAttempt();
    const elsewhere = await assessmentWithAttempt();
    expect((await refusal(extendAttempt(elsewhere.assessment.id, invite.id, 5))).status).toBe(404);
    await finishRound(sandbox, candidate.id, round.id);
    expect((await refusal(extendAttempt(assessment.id, invite.id, 5))).status).toBe(409);
  });
});

describe("versions", () => {
  it("links each version's results to the family's other versions that have invites", async () => {
    const { owner, assessment: v1 } = await assessmentWithAttempt();
    const make = (version: number) =>
      prisma.assessment.create({ data: { ownerId: owner.id, title: "Senior ML", track: "senior", durationMinutes: 30, familyId: v1.id, version } });
    const v2 = await make(2);
    await make(3); // a draft nobody was invited to
    await prisma.assessmentInvite.create({ data: { assessmentId: v2.id, email: "x@example.com", tokenHash: `v2-${n}`, expiresAt: new Date(Date.now() + 86_400_000) } });
    const full = async (id: string) => (await findAssessmentFor(owner, id))!;
    expect((await otherVersions(await full(v2.id))).map((v) => v.version)).toEqual([1]);
    expect((await otherVersions(await full(v1.id))).map((v) => [v.version, v.invites])).toEqual([[2, 1]]);
  });
});
