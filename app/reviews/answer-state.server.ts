import type { RubricQuestion } from "../../questions/index";
import { prisma } from "../db.server";
import type { Prisma } from "../generated/prisma/client";
import { questionFromVersion } from "../rounds/content.server";
import { lockRow } from "../db-lock.server";
import { recordScore } from "../scores/record.server";
import { reviewState, type Purpose, type SubmittedReview, type Thresholds } from "./combine";

type Tx = Prisma.TransactionClient;

export const RUBRIC_KINDS = ["design", "behavioral"];

export const answerInclude = {
  round: {
    select: {
      id: true,
      userId: true,
      track: true,
      finishedAt: true,
      assessmentId: true,
      assessment: { select: { reviewsRequired: true, ownerId: true } },
    },
  },
  roundQuestion: { select: { points: true } },
  questionVersion: { select: { id: true, questionId: true, stage: true, kind: true, title: true, content: true } },
  reviews: { include: { criteria: true, reviewer: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
  holds: true,
  regrade: true,
  // whether there is a drawing (a row exists only for a non-empty one), not the drawing itself
  diagram: { select: { answerId: true } },
} as const satisfies Prisma.AnswerInclude;

export type ReviewableAnswer = Prisma.AnswerGetPayload<{ include: typeof answerInclude }>;

export const answerText = (a: { response: string }) => {
  try {
    return String((JSON.parse(a.response) as { text?: unknown }).text ?? "");
  } catch {
    return "";
  }
};

/**
 * Answers reviewers grade: a design or behavioural answer with text (or a drawing), either of a
 * finished assessment attempt or of a practice round whose candidate asked for review.
 */
export function isReviewable(a: ReviewableAnswer): boolean {
  if (!RUBRIC_KINDS.includes(a.questionVersion.kind) || (!answerText(a).trim() && !a.diagram)) return false;
  if (a.round.assessmentId) return a.round.finishedAt !== null;
  return a.reviewRequestedAt !== null;
}

/**
 * An assessment asks for 1-3 reviews per answer; a practice answer gets one, which
 * is what the results page promised the candidate ("a reviewer's grade").
 */
export const requiredReviews = (a: ReviewableAnswer) =>
  a.round.assessment ? Math.min(3, Math.max(1, a.round.assessment.reviewsRequired)) : 1;

export const rubricQuestion = (a: ReviewableAnswer) => questionFromVersion(a.questionVersion) as RubricQuestion;

export function submittedReviews(a: ReviewableAnswer): SubmittedReview[] {
  return a.reviews
    .filter((r) => r.status === "submitted" && r.submittedAt)
    .map((r) => ({
      id: r.id,
      reviewerId: r.reviewerId,
      purpose: r.purpose as Purpose,
      grades: Object.fromEntries(r.criteria.map((c) => [c.criterionId, c.points])),
      submittedAt: r.submittedAt!,
    }));
}

export function stateOf(a: ReviewableAnswer, thresholds: Thresholds) {
  return reviewState({
    required: requiredReviews(a),
    reviews: submittedReviews(a),
    rubric: rubricQuestion(a).rubric,
    thresholds,
    regradeRequested: a.regrade !== null,
  });
}

/** When the answer was first put in front of reviewers, and when its current need began. */
export function waitingSince(a: ReviewableAnswer, purpose: Purpose | undefined): Date {
  const fallback = a.submittedAt ?? a.draftSavedAt;
  const first = (a.round.assessmentId ? a.round.finishedAt : a.reviewRequestedAt) ?? fallback;
  if (purpose === "regrade" && a.regrade) return a.regrade.createdAt;
  if (purpose === "adjudication") {
    const last = submittedReviews(a).reduce<Date | null>((m, r) => (!m || r.submittedAt > m ? r.submittedAt : m), null);
    return last ?? first;
  }
  return first;
}

/**
 * First thing in a transaction that counts an answer's holds or reviews and then writes: a
 * write to the answer's row, so that such transactions on one answer take turns on both
 * databases. Without it PostgreSQL lets two reviewers each take a hold (or each submit)
 * without seeing the other's, so more reviewers start than needed and neither submit
 * settles the grade; SQLite refuses one of two transactions that both read before writing.
 */
export async function takeTurnOn(tx: Tx, answerId: string): Promise<void> {
  await lockRow(tx, "Answer", answerId);
}

export async function loadAnswer(db: Tx | typeof prisma, answerId: string) {
  return db.answer.findUnique({ where: { id: answerId }, include: answerInclude });
}

/**
 * Write the grade the reviews add up to, once it is final and differs from the last
 * one written: the answer's score, the reviewer score records, and a history row.
 */
export async function finalize(tx: Tx, answerId: string, thresholds: Thresholds) {
  const a = await loadAnswer(tx, answerId);
  if (!a) return null;
  const state = stateOf(a, thresholds);
  if (!state.final) return state;
  const reviewIds = JSON.stringify([...state.final.reviewIds].sort());
  const last = await tx.gradeHistory.findFirst({ where: { answerId }, orderBy: { createdAt: "desc" } });
  if (last && last.reviewIds === reviewIds) return state;
  const question = rubricQuestion(a);
  const maxPoints = a.roundQuestion.points;
  const { score } = state.final;
  const now = new Date();
  await tx.answer.update({
    where: { id: answerId },
    data: { score, points: score * maxPoints, maxPoints, gradedBy: "reviewer", status: "graded", gradedAt: now },
  });
  await recordScore(tx, {
    answerId,
    userId: a.userId,
    questionVersionId: a.questionVersionId,
    track: a.round.track,
    stage: a.questionVersion.stage,
    skills: question.skills,
    score,
    maxPoints,
    source: "reviewer",
  });
  await tx.gradeHistory.create({
    data: { answerId, score, points: score * maxPoints, maxPoints, reason: state.final.reason, reviewIds, createdAt: now },
  });
  if (state.final.reason === "regrade" && a.regrade && !a.regrade.resolvedAt) {
    await tx.regradeRequest.update({ where: { id: a.regrade.id }, data: { resolvedAt: now } });
  }
  return state;
}

/** The latest final grades across all answers, for admins to open an answer's full history. */
export async function recentGrades(take = 50) {
  const rows = await prisma.gradeHistory.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, answerId: true, score: true, reason: true, createdAt: true, answer: { select: { questionVersion: { select: { title: true } }, _count: { select: { gradeHistory: true } } } } },
  });
  return rows.map((r) => ({ id: r.id, answerId: r.answerId, title: r.answer.questionVersion.title, score: r.score, reason: r.reason, createdAt: r.createdAt, grades: r.answer._count.gradeHistory }));
}
