import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { listRounds } from "../rounds/rounds.server";
import { dashboard } from "../scores/dashboard.server";
import {
  addQuestion,
  createAssessment,
  createFromTemplate,
  duplicate,
  editableVersion,
  listAssessments,
  moveQuestion,
  publish,
  removeQuestion,
  requireAssessment,
  setArchived,
  setPoints,
} from "./assessments.server";
import { AssessmentError } from "./errors";
import { parsePastedAddresses } from "./invite-list";
import { createInvites, familyInvites, resendInvite, revokeInvite, setAccommodation } from "./invites.server";
import { lookupInvite, startAttempt } from "./take.server";

beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
});

let n = 0;
const user = (roles: SessionUser["roles"], email = `u${n++}@example.com`) =>
  createUser({ email, name: "U", password: "long enough password", roles });

async function refusal(promise: Promise<unknown>): Promise<AssessmentError | Response> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AssessmentError || e instanceof Response) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

const details = { title: "Backend ML", description: "", track: "senior" as const, durationMinutes: 60, reviewsRequired: 2 };

async function someQuestions(count: number, kind?: string) {
  const qs = await prisma.question.findMany({ where: { retiredAt: null, ...(kind ? { kind } : {}) }, take: count, orderBy: { id: "asc" } });
  return qs.map((q) => q.id);
}

/** A published assessment with one invite; the token as the mail would carry it. */
async function invited(email: string, opts: { manager?: SessionUser } = {}) {
  const manager = opts.manager ?? (await user(["hiring-manager"]));
  const { id } = await createAssessment(manager, details);
  for (const q of await someQuestions(2)) await addQuestion(manager, id, q);
  await publish(manager, id);
  const { links } = await createInvites(manager, id, parsePastedAddresses(email), { origin: "http://x" });
  return { manager, id, token: links[0].link.split("/invite/")[1] };
}

describe("building an assessment", () => {
  it("keeps other managers, reviewers and candidates out with the same 404 a missing one gets", async () => {
    const owner = await user(["hiring-manager"]);
    const { id } = await createAssessment(owner, details);
    for (const stranger of [await user(["hiring-manager"]), await user(["reviewer"]), await user(["candidate"])]) {
      const e = await refusal(requireAssessment(stranger, id));
      expect(e).toBeInstanceOf(Response);
      expect((e as Response).status).toBe(404);
    }
    const admin = await user(["admin"]);
    expect((await requireAssessment(admin, id)).id).toBe(id);
  });

  it("adds, reorders, re-points and removes questions, refusing unknown ids and points out of range", async () => {
    const manager = await user(["hiring-manager"]);
    const { id } = await createAssessment(manager, details);
    const [a, b, c] = await someQuestions(3);
    for (const q of [a, b, c]) await addQuestion(manager, id, q);
    const unknown = (await refusal(addQuestion(manager, id, "no-such-question"))) as AssessmentError;
    expect(unknown.fields.question).toBe("Unknown question");
    expect(((await refusal(addQuestion(manager, id, a))) as AssessmentError).status).toBe(409);

    let items = (await requireAssessment(manager, id)).questions;
    await moveQuestion(manager, id, items[2].id, "up");
    await moveQuestion(manager, id, items[0].id, "up"); // already first: nothing moves
    items = (await requireAssessment(manager, id)).questions;
    expect(items.map((q) => q.questionVersion.questionId)).toEqual([a, c, b]);

    const bad = (await refusal(setPoints(manager, id, { [items[0].id]: "5", [items[1].id]: "101" }))) as AssessmentError;
    expect(bad.fields[`points.${items[1].id}`]).toMatch(/between 0.5 and 100/);
    expect((await requireAssessment(manager, id)).questions.map((q) => q.points)).toEqual([1, 1, 1]); // nothing saved half-way
    await setPoints(manager, id, { [items[0].id]: "5", [items[1].id]: "0.5" });
    expect((await requireAssessment(manager, id)).questions.map((q) => q.points)).toEqual([5, 0.5, 1]);

    await removeQuestion(manager, id, items[1].id);
    items = (await requireAssessment(manager, id)).questions;
    expect(items.map((q) => [q.position, q.questionVersion.questionId])).toEqual([
      [1, a],
      [2, b],
    ]);
  });

  it("publishes only with questions, pins versions, and edits a published version as a new draft", async () => {
    const manager = await user(["hiring-manager"]);
    const { id } = await createAssessment(manager, details);
    const empty = (await refusal(publish(manager, id))) as AssessmentError;
    expect(empty.fields.questions).toMatch(/at least one question/);
    const [q] = await someQuestions(1);
    await addQuestion(manager, id, q);
    await publish(manager, id);
    const v1 = await requireAssessment(manager, id);
    expect(v1.status).toBe("published");
    expect(((await refusal(addQuestion(manager, id, (await someQuestions(2))[1]))) as AssessmentError).status).toBe(409);

    const draft = await editableVersion(manager, id);
    expect(draft.id).not.toBe(id);
    expect(await editableVersion(manager, id)).toEqual(draft); // one draft per family
    const v2 = await requireAssessment(manager, draft.id);
    expect([v2.version, v2.status, v2.familyId]).toEqual([2, "draft", id]);
    expect(v2.questions.map((x) => x.questionVersion.id)).toEqual(v1.questions.map((x) => x.questionVersion.id));
    // the list shows the family once, as its latest version
    const listed = (await listAssessments(manager)).filter((a) => a.familyId === id);
    expect(listed.map((a) => a.version)).toEqual([2]);
  });

  it("makes one draft when Edit is pressed twice at the same moment (two tabs, two servers)", async () => {
    const manager = await user(["hiring-manager"]);
    const { id } = await createAssessment(manager, details);
    await addQuestion(manager, id, (await someQuestions(1))[0]);
    await publish(manager, id);
    const [a, b] = await Promise.all([editableVersion(manager, id), editableVersion(manager, id)]);
    expect(a).toEqual(b);
    expect(await prisma.assessment.count({ where: { familyId: id, status: "draft" } })).toBe(1);
  });

  it("builds a draft from a template with bank questions of the stage", async () => {
    const manager = await user(["hiring-manager"]);
    const { id } = await createFromTemplate(manager, "senior.coding");
    const a = await requireAssessment(manager, id);
    expect(a.title).toMatch(/^Senior ML engineer — coding/);
    expect(a.questions.length).toBeGreaterThan(0);
    expect(a.questions.every((q) => q.questionVersion.stage === "coding")).toBe(true);
    expect(((await refusal(createFromTemplate(manager, "nope"))) as AssessmentError).status).toBe(400);
  });

  it("duplicates into a new family and archives a whole family out of the default list", async () => {
    const manager = await user(["hiring-manager"]);
    const { id } = await createAssessment(manager, details);
    const copy = await duplicate(manager, id);
    expect((await requireAssessment(manager, copy.id)).familyId).toBe(copy.id);
    await setArchived(manager, id, true);
    expect((await listAssessments(manager)).map((a) => a.id)).toEqual([copy.id]);
    expect((await listAssessments(manager, { archived: true })).map((a) => a.id).sort()).toEqual([id, copy.id].sort());
  });
});

describe("inviting and taking", () => {
  it("invites only to published versions", async () => {
    const manager = await user(["hiring-manager"]);
    const { id } = await createAssessment(manager, details);
    const e = (await refusal(createInvites(manager, id, parsePastedAddresses("a@example.com"), { origin: "http://x" }))) as AssessmentError;
    expect(e.status).toBe(409);
  });

  it("shows nothing to a stranger: malformed and unknown tokens, another account", async () => {
    const { token } = await invited("taker1@example.com");
    expect(await lookupInvite("not a token", null)).toMatchObject({ kind: "refused", status: 404 });
    expect(await lookupInvite("A".repeat(32), null)).toMatchObject({ kind: "refused", status: 404 });
    const other = await user(["candidate"]);
    const wrong = await lookupInvite(token, other);
    expect(wrong).toMatchObject({ kind: "refused", status: 403 });
    expect(JSON.stringify(wrong)).not.toContain("Backend ML");
    expect(await lookupInvite(token, null)).toEqual({ kind: "sign-in" });
  });

  it("records the opening, and refuses expired, revoked and archived links", async () => {
    const { manager, id, token } = await invited("taker2@example.com");
    const candidate = await user(["candidate"], "taker2@example.com");
    expect((await lookupInvite(token, candidate)).kind).toBe("ready");
    let [row] = await familyInvites({ id, familyId: id });
    expect(row.status).toBe("opened");

    await prisma.assessmentInvite.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await lookupInvite(token, candidate)).toMatchObject({ kind: "refused", status: 410, title: "This invitation has expired" });
    await prisma.assessmentInvite.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });

    await setArchived(manager, id, true);
    expect(await lookupInvite(token, candidate)).toMatchObject({ kind: "refused", status: 410, title: "This assessment is closed" });
    await setArchived(manager, id, false);

    await revokeInvite(manager, id, row.id);
    expect(await lookupInvite(token, candidate)).toMatchObject({ kind: "refused", status: 410, title: "This invitation was withdrawn" });
    [row] = await familyInvites({ id, familyId: id });
    expect(row.status).toBe("revoked");

    // resending issues a new link and kills the old one
    const { links } = await resendInvite(manager, id, row.id, { origin: "http://x" });
    const fresh = links[0].link.split("/invite/")[1];
    expect(fresh).not.toBe(token);
    expect(await lookupInvite(token, candidate)).toMatchObject({ kind: "refused", status: 404 });
    expect((await lookupInvite(fresh, candidate)).kind).toBe("ready");
  });

  it("starts one attempt with the pinned questions, points and extra time; a second Start gets the same round", async () => {
    const { manager, id, token } = await invited("taker3@example.com");
    const [row] = await familyInvites({ id, familyId: id });
    await setAccommodation(manager, id, row.id, { timeMultiplier: 1.5, extraMinutes: 5 });
    const candidate = await user(["candidate"], "taker3@example.com");
    const lookup = await lookupInvite(token, candidate);
    if (lookup.kind !== "ready") throw new Error("expected ready");
    const now = new Date();
    const [first, second] = await Promise.all([startAttempt(lookup.invite, candidate.id, now), startAttempt(lookup.invite, candidate.id, now)]);
    expect(second).toBe(first);
    const round = await prisma.round.findUniqueOrThrow({ where: { id: first }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(round.deadlineAt.getTime() - now.getTime()).toBe((60 * 1.5 + 5) * 60_000);
    expect([round.assessmentId, round.gradingMode, round.track]).toEqual([id, "end", "senior"]);
    const pinned = (await requireAssessment(manager, id)).questions;
    expect(round.questions.map((q) => [q.questionVersionId, q.points])).toEqual(pinned.map((q) => [q.questionVersion.id, q.points]));
    expect(await prisma.round.count({ where: { assessmentId: id } })).toBe(1);

    // started: extra time can no longer change, the link leads back to the attempt
    expect(((await refusal(setAccommodation(manager, id, row.id, { timeMultiplier: 2, extraMinutes: 0 }))) as AssessmentError).status).toBe(409);
    expect(await lookupInvite(token, candidate)).toEqual({ kind: "in-progress", roundId: first });
    await prisma.round.update({ where: { id: first }, data: { finishedAt: new Date() } });
    expect(await lookupInvite(token, candidate)).toMatchObject({ kind: "refused", status: 409, title: "This invitation has been used" });
  });

  it("keeps assessment attempts out of the candidate's practice rounds and scores", async () => {
    const { token } = await invited("taker4@example.com");
    const candidate = await user(["candidate"], "taker4@example.com");
    const lookup = await lookupInvite(token, candidate);
    if (lookup.kind !== "ready") throw new Error("expected ready");
    const roundId = await startAttempt(lookup.invite, candidate.id);
    const rq = await prisma.roundQuestion.findFirstOrThrow({ where: { roundId }, include: { questionVersion: true } });
    const answer = await prisma.answer.create({
      data: { roundId, roundQuestionId: rq.id, userId: candidate.id, questionVersionId: rq.questionVersionId, status: "graded", score: 1 },
    });
    await prisma.scoreRecord.create({
      data: { userId: candidate.id, answerId: answer.id, questionVersionId: rq.questionVersionId, track: "senior", stage: rq.questionVersion.stage, skill: "python", score: 1, points: 1, maxPoints: 1, source: "auto" },
    });
    await prisma.round.update({ where: { id: roundId }, data: { finishedAt: new Date() } });
    expect(await listRounds(candidate.id)).toEqual([]);
    const board = await dashboard(candidate.id, "senior");
    expect(board.history).toEqual([]);
    expect(board.stages.every((s) => s.count === 0)).toBe(true);
  });
});
