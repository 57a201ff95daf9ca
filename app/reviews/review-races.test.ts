// Reviewers racing on one answer, as from two web servers. On PostgreSQL (npm run
// test:unit:pg) the two transactions really overlap, since the client has a pool of
// connections; SQLite's client takes them in turn, so there this checks the outcome only.
import { beforeAll, describe, expect, it } from "vitest";
import { createAssessmentAnswer, waiveCalibration } from "../../test/e2e/review-fixtures";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { claim, saveDraft, submitReview, type Viewer } from "./reviews.server";

beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
}, 120_000);

const Q = "fraud-detection-pipeline";
const GRADES = {
  grades: { requirements: 2, "features-data": 3, "model-serving": 3, "evaluation-monitoring": 4, "trade-offs": 3, communication: 1 },
  notes: {},
  comment: "",
};
let n = 0;
const person = (role: "candidate" | "hiring-manager" | "reviewer") =>
  createUser({ email: `race${n++}@example.com`, name: `Racer ${n}`, password: "long enough password", roles: [role] });

async function twoReviewers(): Promise<Viewer[]> {
  const all = [];
  for (let i = 0; i < 2; i++) {
    const u = await person("reviewer");
    await waiveCalibration(u.id);
    all.push({ id: u.id, isAdmin: false });
  }
  return all;
}

async function answerNeeding(reviewsRequired: number) {
  const [candidate, owner] = [await person("candidate"), await person("hiring-manager")];
  return (await createAssessmentAnswer({ candidateId: candidate.id, ownerId: owner.id, questionId: Q, text: "An answer.", reviewsRequired })).answerId;
}

describe("reviewers racing on one answer", () => {
  it("a draft save in flight when the reviewer submits neither rewrites the submitted review nor holds the place again", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const answerId = await answerNeeding(2);
      const [reviewer] = await twoReviewers();
      await claim(reviewer, answerId);
      await Promise.allSettled([submitReview(reviewer, answerId, GRADES), saveDraft(reviewer, answerId, { ...GRADES, comment: "late draft" })]);
      const review = await prisma.review.findFirstOrThrow({ where: { answerId, reviewerId: reviewer.id } });
      expect(review.status).toBe("submitted");
      if (review.comment === "late draft") expect(review.draft).toBeNull();
      expect(await prisma.reviewHold.count({ where: { answerId } })).toBe(0);
    }
  });

  it("gives the one place two reviewers claim at the same moment to one of them", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const answerId = await answerNeeding(1);
      const results = await Promise.allSettled((await twoReviewers()).map((r) => claim(r, answerId)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await prisma.reviewHold.count({ where: { answerId } })).toBe(1);
    }
  });

  it("settles the grade when the last two reviews needed are submitted at the same moment", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const answerId = await answerNeeding(2);
      const both = await twoReviewers();
      for (const r of both) await claim(r, answerId);
      await Promise.all(both.map((r) => submitReview(r, answerId, GRADES)));
      expect((await prisma.answer.findUniqueOrThrow({ where: { id: answerId } })).status).toBe("graded");
      expect(await prisma.gradeHistory.count({ where: { answerId } })).toBe(1);
    }
  });
});
