import type { Track } from "../../questions/index";
import { prisma } from "../db.server";
import { renderMarkdown } from "../markdown.server";
import {
  answerInclude,
  answerText,
  finalize,
  isReviewable,
  loadAnswer,
  RUBRIC_KINDS,
  rubricQuestion,
  stateOf,
  takeTurnOn,
  waitingSince,
  type ReviewableAnswer,
} from "./answer-state.server";
import { gradeProblem, maxTotal, totalOf, type Purpose } from "./combine";
import { ReviewError } from "./errors";
import { freeSlots, holdExpiry, holdsPlace, liveHolds } from "./holds";
import { requireCalibrated } from "./calibration.server";
import { reviewSettings } from "./settings.server";
import { drawingOf } from "../rounds/diagrams.server";

export type Viewer = { id: string; isAdmin: boolean };
export type QueueFilters = { stage?: string; track?: Track; question?: string };


/**
 * Everything that needs a grade and that this reviewer could give: never their own
 * answers, never one they have already graded. Oldest first.
 */
export async function listQueue(viewer: Viewer, filters: QueueFilters = {}, now = new Date()) {
  const [answers, thresholds] = await Promise.all([
    prisma.answer.findMany({
      where: {
        userId: { not: viewer.id },
        reviews: { none: { reviewerId: viewer.id, status: "submitted" } },
        questionVersion: { kind: { in: RUBRIC_KINDS }, ...(filters.stage ? { stage: filters.stage } : {}), ...(filters.question ? { questionId: filters.question } : {}) },
        ...(filters.track ? { round: { track: filters.track } } : {}),
        OR: [{ reviewRequestedAt: { not: null }, round: { assessmentId: null } }, { round: { assessmentId: { not: null }, finishedAt: { not: null } } }],
      },
      include: answerInclude,
      take: 2000,
    }),
    reviewSettings(),
  ]);
  const rows = [];
  for (const a of answers) {
    if (!isReviewable(a)) continue;
    const { open } = stateOf(a, thresholds);
    if (!open) continue;
    const mine = a.reviews.find((r) => r.reviewerId === viewer.id);
    const held = holdsPlace(a.holds, now, viewer.id);
    const free = freeSlots(open.needed, open.have, a.holds, now, viewer.id);
    rows.push({
      id: a.id,
      title: a.questionVersion.title,
      stage: a.questionVersion.stage,
      track: a.round.track,
      purpose: open.purpose,
      have: open.have,
      needed: open.needed,
      held: liveHolds(a.holds, now).length,
      waitingSince: waitingSince(a, open.purpose),
      mine: held || mine?.status === "in-progress",
      canClaim: held || free > 0,
    });
  }
  rows.sort((x, y) => x.waitingSince.getTime() - y.waitingSince.getTime());
  return rows;
}

/** The rubric questions a queue filter can name. */
export async function reviewableQuestions() {
  return prisma.question.findMany({
    where: { kind: { in: RUBRIC_KINDS }, currentVersionId: { not: null } },
    select: { id: true, stage: true, currentVersion: { select: { title: true } } },
    orderBy: { id: "asc" },
  });
}

function refuseOwn(a: ReviewableAnswer, viewer: Viewer) {
  if (a.userId === viewer.id) throw new ReviewError("You cannot grade your own answer.", 403);
}

/**
 * Hold the answer for this reviewer for 30 minutes and open their draft. Claims on one
 * answer take turns (takeTurnOn), so two reviewers racing for the last place, on any
 * servers, cannot both get it.
 */
export async function claim(viewer: Viewer, answerId: string, now = new Date()) {
  const thresholds = await reviewSettings();
  const a = await loadAnswer(prisma, answerId);
  if (!a || !isReviewable(a)) throw new ReviewError("That answer is not waiting for a review.", 404);
  refuseOwn(a, viewer);
  await requireCalibrated(viewer.id, viewer.isAdmin);
  await prisma.$transaction(async (tx) => {
    await takeTurnOn(tx, answerId);
    await tx.reviewHold.upsert({
      where: { answerId_reviewerId: { answerId, reviewerId: viewer.id } },
      create: { answerId, reviewerId: viewer.id, expiresAt: holdExpiry(now), createdAt: now },
      update: { expiresAt: holdExpiry(now) },
    });
    const fresh = (await loadAnswer(tx, answerId))!;
    const { open } = stateOf(fresh, thresholds);
    if (!open) throw new ReviewError("This answer needs no more reviews.", 409);
    const mine = fresh.reviews.find((r) => r.reviewerId === viewer.id);
    if (mine?.status === "submitted") throw new ReviewError("You have already graded this answer.", 409);
    const others = liveHolds(fresh.holds, now).filter((h) => h.reviewerId !== viewer.id).length;
    if (open.have + others + 1 > open.needed) {
      throw new ReviewError("Enough reviewers are already on this answer. Their holds last up to 30 minutes; pick another answer.", 409);
    }
    if (mine) await tx.review.update({ where: { id: mine.id }, data: { purpose: open.purpose } });
    else await tx.review.create({ data: { answerId, reviewerId: viewer.id, purpose: open.purpose, createdAt: now } });
  });
}

type Draft = { grades: Record<string, number | null>; notes: Record<string, string>; comment: string };

function draftOf(review: ReviewableAnswer["reviews"][number] | undefined): Draft {
  if (!review) return { grades: {}, notes: {}, comment: "" };
  if (review.status === "submitted" || !review.draft) {
    return {
      grades: Object.fromEntries(review.criteria.map((c) => [c.criterionId, c.points])),
      notes: Object.fromEntries(review.criteria.map((c) => [c.criterionId, c.note])),
      comment: review.comment,
    };
  }
  return JSON.parse(review.draft) as Draft;
}

/**
 * The grading screen. Blind: the question, the answer and the rubric, never who wrote
 * it. Other reviewers' grades appear only once this reviewer's own is submitted
 * (admins, who grade nothing blind here, see them and the grade history always).
 */
export async function gradingView(viewer: Viewer, answerId: string, now = new Date()) {
  const a = await loadAnswer(prisma, answerId);
  // only rubric answers have a grading screen, for admins too
  if (!a || a.userId === viewer.id || !RUBRIC_KINDS.includes(a.questionVersion.kind)) throw new ReviewError("Not found", 404);
  const thresholds = await reviewSettings();
  const state = stateOf(a, thresholds);
  const mine = a.reviews.find((r) => r.reviewerId === viewer.id);
  const reviewable = isReviewable(a);
  if (!viewer.isAdmin && !mine && !(reviewable && state.open)) throw new ReviewError("Not found", 404);
  const question = rubricQuestion(a);
  const submitted = mine?.status === "submitted";
  const seeOthers = submitted || viewer.isAdmin;
  const held = holdsPlace(a.holds, now, viewer.id);
  const myHold = a.holds.find((h) => h.reviewerId === viewer.id && h.expiresAt > now);
  const others = seeOthers
    ? a.reviews
        .filter((r) => r.status === "submitted" && r.reviewerId !== viewer.id)
        .map((r) => ({
          id: r.id,
          reviewer: r.reviewer.name,
          purpose: r.purpose as Purpose,
          submittedAt: r.submittedAt,
          comment: r.comment,
          total: r.points,
          maxPoints: r.maxPoints,
          criteria: Object.fromEntries(r.criteria.map((c) => [c.criterionId, { points: c.points, note: c.note }])),
        }))
    : [];
  const history = viewer.isAdmin
    ? await prisma.gradeHistory.findMany({ where: { answerId }, orderBy: { createdAt: "asc" } })
    : [];
  return {
    answerId: a.id,
    title: question.title,
    stage: question.stage,
    kind: question.kind,
    track: a.round.track,
    assessment: a.round.assessmentId !== null,
    promptHtml: renderMarkdown(question.prompt),
    text: answerText(a),
    // the scene was stripped of anything naming a person when it was saved: blind grading holds
    diagram: a.questionVersion.kind === "design" ? await drawingOf(a.id) : null,
    rubric: question.rubric.map((c) => ({ id: c.id, title: c.title, points: c.points, anchors: c.anchors })),
    maxPoints: maxTotal(question.rubric),
    mine: mine ? { status: mine.status, purpose: mine.purpose as Purpose, submittedAt: mine.submittedAt, total: mine.points, ...draftOf(mine) } : null,
    holdExpiresAt: myHold?.expiresAt ?? null,
    canClaim: !mine?.submittedAt && reviewable && !!state.open && (held || freeSlots(state.open.needed, state.open.have, a.holds, now, viewer.id) > 0),
    open: state.open,
    others,
    final: seeOthers && a.gradedBy === "reviewer" ? { score: a.score, gradedAt: a.gradedAt } : null,
    history: history.map((h) => ({ ...h, reviewIds: JSON.parse(h.reviewIds) as string[] })),
    // the reason a regrade was asked for is shown to its reviewer only after they graded, so it cannot steer them
    regrade: seeOthers && a.regrade ? { reason: a.regrade.reason, createdAt: a.regrade.createdAt, resolvedAt: a.regrade.resolvedAt } : null,
  };
}

export type GradingInput = { grades: Record<string, number | null>; notes: Record<string, string>; comment: string };

/** The viewer's unsubmitted review of a rubric-graded answer, read inside the transaction that writes it. */
async function ownDraft(tx: Parameters<typeof takeTurnOn>[0], viewer: Viewer, answerId: string) {
  await takeTurnOn(tx, answerId);
  const a = await loadAnswer(tx, answerId);
  if (!a || !RUBRIC_KINDS.includes(a.questionVersion.kind)) throw new ReviewError("Not found", 404);
  refuseOwn(a, viewer);
  const mine = a.reviews.find((r) => r.reviewerId === viewer.id);
  if (!mine) throw new ReviewError("Claim this answer before grading it.", 409);
  if (mine.status === "submitted") throw new ReviewError("Your review is submitted and can no longer change.", 409);
  return { a, mine, rubric: rubricQuestion(a).rubric };
}

function checkGrades(rubric: readonly { id: string; title: string; points: number }[], grades: Record<string, number | null>, complete: boolean) {
  for (const id of Object.keys(grades)) {
    if (!rubric.some((c) => c.id === id)) throw new ReviewError(`"${id}" is not a criterion of this rubric.`, 400);
  }
  for (const c of rubric) {
    const value = grades[c.id];
    if (value === null || value === undefined) {
      if (complete) throw new ReviewError(`Give "${c.title}" its points before submitting.`, 400);
      continue;
    }
    const problem = gradeProblem(value, c);
    if (problem) throw new ReviewError(`Points for "${c.title}" ${problem}.`, 400);
  }
}

/**
 * Keep the draft as it stands (blank points allowed). Working on it keeps the
 * reviewer's hold alive, or takes the hold back after it lapsed if a place is still free.
 * In turns with Submit and checked again inside: a draft save still in flight when the
 * reviewer submits (on PostgreSQL, or from a second server) would otherwise write over the
 * submitted review and take a hold again, keeping the place from the next reviewer.
 */
export async function saveDraft(viewer: Viewer, answerId: string, input: GradingInput, now = new Date()) {
  const thresholds = await reviewSettings();
  await prisma.$transaction(async (tx) => {
    const { a, mine, rubric } = await ownDraft(tx, viewer, answerId);
    checkGrades(rubric, input.grades, false);
    await tx.review.update({ where: { id: mine.id }, data: { draft: JSON.stringify(input), comment: input.comment } });
    const { open } = stateOf(a, thresholds);
    if (open && (holdsPlace(a.holds, now, viewer.id) || freeSlots(open.needed, open.have, a.holds, now, viewer.id) > 0)) {
      await tx.reviewHold.upsert({
        where: { answerId_reviewerId: { answerId, reviewerId: viewer.id } },
        create: { answerId, reviewerId: viewer.id, expiresAt: holdExpiry(now), createdAt: now },
        update: { expiresAt: holdExpiry(now) },
      });
    }
  });
  return { savedAt: now };
}

/** Submit: complete, in range, still needed. Then the answer's grade is settled if it can be. */
export async function submitReview(viewer: Viewer, answerId: string, input: GradingInput, now = new Date()) {
  const thresholds = await reviewSettings();
  const grades = input.grades as Record<string, number>;
  return prisma.$transaction(async (tx) => {
    const { a, mine, rubric } = await ownDraft(tx, viewer, answerId);
    checkGrades(rubric, input.grades, true);
    const { open } = stateOf(a, thresholds);
    if (!open) throw new ReviewError("This answer needs no more reviews; your draft is kept.", 409);
    if (!holdsPlace(a.holds, now, viewer.id) && freeSlots(open.needed, open.have, a.holds, now, viewer.id) === 0) {
      throw new ReviewError("Your hold expired and other reviewers have taken the places; your draft is kept.", 409);
    }
    await tx.reviewCriterionScore.deleteMany({ where: { reviewId: mine.id } });
    await tx.reviewCriterionScore.createMany({
      data: rubric.map((c) => ({ reviewId: mine.id, criterionId: c.id, points: grades[c.id], note: (input.notes[c.id] ?? "").trim() })),
    });
    await tx.review.update({
      where: { id: mine.id },
      data: { status: "submitted", purpose: open.purpose, comment: input.comment.trim(), draft: null, points: totalOf(grades, rubric), maxPoints: maxTotal(rubric), submittedAt: now },
    });
    await tx.reviewHold.deleteMany({ where: { answerId, reviewerId: viewer.id } });
    const state = await finalize(tx, answerId, thresholds);
    return { final: state?.final ?? null, open: state?.open ?? null };
  });
}
