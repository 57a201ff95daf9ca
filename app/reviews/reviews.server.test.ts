import { beforeAll, describe, expect, it } from "vitest";
import { createAssessmentAnswer, createPracticeAnswer, waiveCalibration } from "../../test/e2e/review-fixtures";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { ReviewError } from "./errors";
import { requestRegrade } from "./regrade.server";
import { claim, gradingView, listQueue, saveDraft, submitReview, type Viewer } from "./reviews.server";

beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
});

const Q = "fraud-detection-pipeline"; // requirements 3, features-data 4, model-serving 4, evaluation-monitoring 5, trade-offs 4, communication 2
let n = 0;
async function user(roles: ("candidate" | "reviewer" | "hiring-manager")[]) {
  return createUser({ email: `u${n++}@example.com`, name: `User ${n}`, password: "long enough password", roles });
}
async function reviewer(): Promise<Viewer> {
  const u = await user(["reviewer"]);
  await waiveCalibration(u.id);
  return { id: u.id, isAdmin: false };
}
const grades = (r: number, f: number, m: number, e: number, t: number, c = 1) => ({
  grades: { requirements: r, "features-data": f, "model-serving": m, "evaluation-monitoring": e, "trade-offs": t, communication: c },
  notes: {},
  comment: "",
});
async function refusal(p: Promise<unknown>): Promise<ReviewError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReviewError) return e;
    throw e;
  }
  throw new Error("expected a ReviewError");
}

describe("grading one's own answer", () => {
  it("is refused on claim, save and submit, and the answer is not in one's queue", async () => {
    const both = await user(["candidate", "reviewer"]);
    await waiveCalibration(both.id);
    const owner = await user(["hiring-manager"]);
    const { answerId } = await createAssessmentAnswer({ candidateId: both.id, ownerId: owner.id, questionId: Q, text: "My design." });
    const me: Viewer = { id: both.id, isAdmin: false };
    expect((await refusal(claim(me, answerId))).status).toBe(403);
    expect((await refusal(saveDraft(me, answerId, grades(1, 1, 1, 1, 1)))).status).toBe(403);
    expect((await refusal(submitReview(me, answerId, grades(1, 1, 1, 1, 1)))).status).toBe(403);
    expect((await refusal(gradingView(me, answerId))).status).toBe(404);
    expect((await listQueue(me)).map((r) => r.id)).not.toContain(answerId);
    // even a review row slipped in by hand cannot be submitted
    await prisma.review.create({ data: { answerId, reviewerId: both.id } });
    expect((await refusal(submitReview(me, answerId, grades(1, 1, 1, 1, 1)))).status).toBe(403);
  });
});

describe("claiming, holds and combining", () => {
  it("holds stop a third reviewer while two are working, and expire after 30 minutes", async () => {
    const cand = await user(["candidate"]);
    const owner = await user(["hiring-manager"]);
    const { answerId } = await createAssessmentAnswer({ candidateId: cand.id, ownerId: owner.id, questionId: Q, text: "A design." });
    const [a, b, c] = [await reviewer(), await reviewer(), await reviewer()];
    const now = new Date();
    await claim(a, answerId, now);
    await claim(b, answerId, now);
    expect((await refusal(claim(c, answerId, now))).status).toBe(409);
    expect((await listQueue(c, {}, now)).find((r) => r.id === answerId)?.canClaim).toBe(false);
    const later = new Date(now.getTime() + 31 * 60_000);
    expect((await listQueue(c, {}, later)).find((r) => r.id === answerId)?.canClaim).toBe(true);
    await claim(c, answerId, later);
  });

  it("gives the last free place to one of two reviewers claiming at the same moment", async () => {
    const cand = await user(["candidate"]);
    const owner = await user(["hiring-manager"]);
    const { answerId } = await createAssessmentAnswer({ candidateId: cand.id, ownerId: owner.id, questionId: Q, text: "A design." });
    const [a, b, c] = [await reviewer(), await reviewer(), await reviewer()];
    const now = new Date();
    await claim(a, answerId, now);
    // a few pooled connections, so the two claims really run side by side as on a busy server
    await Promise.all(Array.from({ length: 4 }, () => prisma.$transaction(async (tx) => tx.user.count())));
    const outcomes = await Promise.allSettled([claim(b, answerId, now), claim(c, answerId, now)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(refused[0]).toBeInstanceOf(ReviewError);
    expect((refused[0] as ReviewError).status).toBe(409);
    expect(await prisma.review.count({ where: { answerId } })).toBe(2);
  });

  it("pending until both reviews are in, then the mean, written as the reviewer score", async () => {
    const cand = await user(["candidate"]);
    const owner = await user(["hiring-manager"]);
    const { answerId } = await createAssessmentAnswer({ candidateId: cand.id, ownerId: owner.id, questionId: Q, text: "A design." });
    const [a, b] = [await reviewer(), await reviewer()];
    await claim(a, answerId);
    await claim(b, answerId);
    await saveDraft(a, answerId, { ...grades(2, 3, 3, 4, 3), grades: { requirements: 2, "features-data": null, "model-serving": null, "evaluation-monitoring": null, "trade-offs": null, communication: null } });
    expect((await refusal(submitReview(a, answerId, { ...grades(2, 3, 3, 4, 3), grades: { requirements: 2 } as never }))).status).toBe(400);
    expect((await refusal(submitReview(a, answerId, grades(2, 3, 3, 4, 3.25)))).status).toBe(400);
    const first = await submitReview(a, answerId, grades(2, 3, 3, 4, 3)); // 15 + 1
    expect(first.final).toBeNull();
    let answer = await prisma.answer.findUniqueOrThrow({ where: { id: answerId } });
    expect(answer.score).toBeNull();
    // blind: b sees no peer grade before submitting
    expect((await gradingView(b, answerId)).others).toEqual([]);
    const second = await submitReview(b, answerId, grades(2.5, 3, 3.5, 4, 4)); // 17 + 1
    expect(second.final?.score).toBeCloseTo(17 / 22);
    answer = await prisma.answer.findUniqueOrThrow({ where: { id: answerId } });
    expect(answer).toMatchObject({ gradedBy: "reviewer", status: "graded", maxPoints: 10 });
    expect(answer.points).toBeCloseTo((17 / 22) * 10);
    const records = await prisma.scoreRecord.findMany({ where: { answerId } });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.source === "reviewer" && Math.abs(r.score - 17 / 22) < 1e-9)).toBe(true);
    expect((await gradingView(b, answerId)).others).toHaveLength(1);
    expect((await refusal(saveDraft(b, answerId, grades(0, 0, 0, 0, 0)))).status).toBe(409);
  });

  it("a disagreement waits for a third reviewer who is not one of the first two", async () => {
    const cand = await user(["candidate"]);
    const owner = await user(["hiring-manager"]);
    const { answerId } = await createAssessmentAnswer({ candidateId: cand.id, ownerId: owner.id, questionId: Q, text: "A design." });
    const [a, b, c] = [await reviewer(), await reviewer(), await reviewer()];
    await claim(a, answerId);
    await claim(b, answerId);
    await submitReview(a, answerId, grades(3, 4, 4, 5, 4)); // 20
    const split = await submitReview(b, answerId, grades(1, 1, 1, 1, 1)); // 5
    expect(split.final).toBeNull();
    expect(split.open).toMatchObject({ purpose: "adjudication" });
    expect((await refusal(claim(a, answerId))).status).toBe(409);
    expect((await listQueue(a)).map((r) => r.id)).not.toContain(answerId);
    expect((await listQueue(c)).find((r) => r.id === answerId)?.purpose).toBe("adjudication");
    await claim(c, answerId);
    const settled = await submitReview(c, answerId, grades(3, 3, 4, 4, 4)); // 18, closest to 20
    expect(settled.final).toMatchObject({ reason: "adjudication" });
    expect(settled.final?.score).toBeCloseTo(20 / 22);
  });
});

describe("regrade", () => {
  it("one per answer, by its candidate (practice), to a reviewer who has not graded it; history keeps both grades", async () => {
    const cand = await user(["candidate"]);
    const stranger = await user(["candidate"]);
    const { answerId } = await createPracticeAnswer({ candidateId: cand.id, questionId: Q, text: "A practice design." });
    const [a, b] = [await reviewer(), await reviewer()];
    expect((await refusal(requestRegrade(cand, answerId, "Please look again at my monitoring section."))).status).toBe(409);
    await claim(a, answerId);
    await submitReview(a, answerId, grades(1, 1, 1, 1, 1));
    expect((await refusal(requestRegrade(stranger, answerId, "Not my answer but let me try."))).status).toBe(404);
    await requestRegrade(cand, answerId, "Please look again at my monitoring section.");
    expect((await refusal(requestRegrade(cand, answerId, "And once more, please, thank you."))).status).toBe(409);
    expect((await listQueue(a)).map((r) => r.id)).not.toContain(answerId);
    const row = (await listQueue(b)).find((r) => r.id === answerId);
    expect(row?.purpose).toBe("regrade");
    await claim(b, answerId);
    const done = await submitReview(b, answerId, grades(2, 2, 2, 3, 3));
    expect(done.final).toMatchObject({ reason: "regrade" });
    const history = await prisma.gradeHistory.findMany({ where: { answerId }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => h.reason)).toEqual(["mean", "regrade"]);
    expect(history[0].score).toBeCloseTo(6 / 22);
    expect(history[1].score).toBeCloseTo(13 / 22);
    expect((await prisma.regradeRequest.findUniqueOrThrow({ where: { answerId } })).resolvedAt).not.toBeNull();
  });

  it("by the assessment's owner, not by the candidate of an assessment", async () => {
    const cand = await user(["candidate"]);
    const owner = await user(["hiring-manager"]);
    const other = await user(["hiring-manager"]);
    const { answerId } = await createAssessmentAnswer({ candidateId: cand.id, ownerId: owner.id, questionId: Q, text: "A design.", reviewsRequired: 1 });
    const a = await reviewer();
    await claim(a, answerId);
    await submitReview(a, answerId, grades(1, 1, 1, 1, 1));
    expect((await refusal(requestRegrade(cand, answerId, "I would like another look."))).status).toBe(404);
    expect((await refusal(requestRegrade(other, answerId, "I would like another look."))).status).toBe(404);
    await requestRegrade(owner, answerId, "I would like another look.");
  });
});

describe("calibration gate", () => {
  it("keeps a new reviewer out of the real queue until waived", async () => {
    const cand = await user(["candidate"]);
    const { answerId } = await createPracticeAnswer({ candidateId: cand.id, questionId: Q, text: "A practice design." });
    const fresh = await user(["reviewer"]);
    const e = await refusal(claim({ id: fresh.id, isAdmin: false }, answerId));
    expect(e.status).toBe(403);
    expect(e.message).toMatch(/calibration/);
    await waiveCalibration(fresh.id);
    await claim({ id: fresh.id, isAdmin: false }, answerId);
  });
});

describe("agreement", () => {
  it("reports alpha, agreement rates and reviewer offsets over answers with two reviews", async () => {
    const { agreementReport } = await import("./agreement.server");
    // a question no other test here grades, so its figures rest on these answers only
    const ETA = "delivery-eta-prediction"; // framing 4, labels-data 3, features 3, modelling 4, evaluation 4, serving 3, monitoring 3
    const eta = (...p: number[]) => ({
      // trade-offs and communication graded alike by both, so they move no figure below but the total (29 points)
      grades: { ...Object.fromEntries(["framing", "labels-data", "features", "modelling", "evaluation", "serving", "monitoring"].map((id, i) => [id, p[i]])), "trade-offs": 2, communication: 1 },
      notes: {},
      comment: "",
    });
    const owner = await user(["hiring-manager"]);
    const [a, b] = [await reviewer(), await reviewer()];
    for (const [ga, gb] of [
      [eta(4, 3, 3, 4, 4, 3, 3), eta(4, 3, 3, 3.5, 4, 3, 2.5)], // 24 vs 23
      [eta(1, 1, 1, 1, 1, 1, 1), eta(1, 1.5, 1, 1, 1, 1, 1)], // 7 vs 7.5
      [eta(2, 2, 2, 2, 2, 2, 2), eta(2, 2, 2, 2.5, 2, 2, 2.5)], // 14 vs 15
    ]) {
      const cand = await user(["candidate"]);
      const { answerId } = await createAssessmentAnswer({ candidateId: cand.id, ownerId: owner.id, questionId: ETA, text: "An answer." });
      await claim(a, answerId);
      await claim(b, answerId);
      await submitReview(a, answerId, ga);
      await submitReview(b, answerId, gb);
    }
    const report = await agreementReport();
    const question = report.questions.find((q) => q.id === ETA)!;
    expect(question.answers).toBe(3);
    // totals 24/23, 7/7.5, 14/15 agree closely against their spread
    expect(question.alpha).toBeGreaterThan(0.95);
    expect(question.withinOne).toBe(1);
    expect(question.exact).toBe(0);
    const modelling = report.criteria.find((c) => c.question === "Delivery ETA prediction" && c.criterion.length > 0 && c.points === 4 && c.answers === 3);
    expect(modelling).toBeDefined();
    const offA = report.reviewers.find((r) => r.id === a.id)!;
    const offB = report.reviewers.find((r) => r.id === b.id)!;
    expect(offA.reviews).toBe(3);
    // b grades a little softer than a on these answers: (−1 + 0.5 + 1) / 29 / 3 points of share
    expect(offB.offset).toBeCloseTo(0.5 / 29 / 3);
    expect(offA.offset).toBeCloseTo(-offB.offset);
  });
});

describe("answers without a rubric", () => {
  it("have no grading screen, not even for an admin", async () => {
    const cand = await user(["candidate"]);
    const mcq = await prisma.question.findFirstOrThrow({ where: { kind: "mcq", currentVersionId: { not: null } } });
    const round = await prisma.round.create({
      data: { userId: cand.id, track: "mid", deadlineAt: new Date(), finishedAt: new Date(), questions: { create: [{ questionVersionId: mcq.currentVersionId!, position: 1 }] } },
      include: { questions: true },
    });
    const answer = await prisma.answer.create({
      data: { roundId: round.id, roundQuestionId: round.questions[0].id, userId: cand.id, questionVersionId: mcq.currentVersionId!, response: "{}", reviewRequestedAt: new Date() },
    });
    const admin: Viewer = { id: (await user(["candidate"])).id, isAdmin: true };
    expect((await refusal(gradingView(admin, answer.id))).status).toBe(404);
    expect((await refusal(claim(admin, answer.id))).status).toBe(404);
    expect((await refusal(saveDraft(admin, answer.id, grades(1, 1, 1, 1, 1)))).status).toBe(404);
  });
});

describe("holds and drafts", () => {
  it("saving a draft renews the hold; a lapsed hold is taken back only while a place is free", async () => {
    const cand = await user(["candidate"]);
    const { answerId } = await createPracticeAnswer({ candidateId: cand.id, questionId: Q, text: "A practice design." });
    const [a, b] = [await reviewer(), await reviewer()];
    const start = new Date();
    const at = (m: number) => new Date(start.getTime() + m * 60_000);
    await claim(a, answerId, start);
    await saveDraft(a, answerId, grades(1, 1, 1, 1, 1), at(20));
    let hold = await prisma.reviewHold.findUniqueOrThrow({ where: { answerId_reviewerId: { answerId, reviewerId: a.id } } });
    expect(hold.expiresAt).toEqual(at(50));
    // a's hold lapses; b takes the only place; a's next save does not take it back
    await claim(b, answerId, at(51));
    await saveDraft(a, answerId, grades(2, 2, 2, 2, 2), at(52));
    hold = await prisma.reviewHold.findUniqueOrThrow({ where: { answerId_reviewerId: { answerId, reviewerId: a.id } } });
    expect(hold.expiresAt).toEqual(at(50));
    expect((await refusal(submitReview(a, answerId, grades(2, 2, 2, 2, 2), at(53)))).message).toMatch(/hold expired/);
    // a's draft is kept
    const draft = await prisma.review.findFirstOrThrow({ where: { answerId, reviewerId: a.id } });
    expect(JSON.parse(draft.draft!).grades.requirements).toBe(2);
  });
});
