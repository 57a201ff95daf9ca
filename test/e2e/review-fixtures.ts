import { prisma } from "../../app/db.server";

/**
 * A finished assessment attempt with one written answer, made directly in the
 * database (the assessment builder and invite flow are tested on their own).
 */
export async function createAssessmentAnswer(opts: {
  candidateId: string;
  ownerId: string;
  questionId: string;
  text: string;
  reviewsRequired?: number;
  track?: string;
}) {
  const q = await prisma.question.findUniqueOrThrow({ where: { id: opts.questionId } });
  const assessment = await prisma.assessment.create({
    data: {
      ownerId: opts.ownerId,
      title: `Assessment ${Math.random().toString(36).slice(2, 8)}`,
      track: opts.track ?? "senior",
      durationMinutes: 60,
      reviewsRequired: opts.reviewsRequired ?? 2,
      status: "published",
      publishedAt: new Date(),
      questions: { create: [{ questionVersionId: q.currentVersionId!, position: 1, points: 10 }] },
    },
  });
  return answerIn(opts.candidateId, q.currentVersionId!, opts.text, { assessmentId: assessment.id, track: opts.track ?? "senior", points: 10 });
}

/** A finished practice round whose one written answer the candidate sent for review. */
export async function createPracticeAnswer(opts: { candidateId: string; questionId: string; text: string; requested?: boolean }) {
  const q = await prisma.question.findUniqueOrThrow({ where: { id: opts.questionId } });
  return answerIn(opts.candidateId, q.currentVersionId!, opts.text, { track: "mid", points: 1, requested: opts.requested ?? true, stage: q.stage });
}

async function answerIn(
  userId: string,
  versionId: string,
  text: string,
  opts: { assessmentId?: string; track: string; points: number; requested?: boolean; stage?: string },
) {
  const finished = new Date(Date.now() - 60_000);
  const round = await prisma.round.create({
    data: {
      userId,
      track: opts.track,
      stage: opts.stage ?? null,
      assessmentId: opts.assessmentId ?? null,
      startedAt: new Date(finished.getTime() - 30 * 60_000),
      deadlineAt: finished,
      finishedAt: finished,
      questions: { create: [{ questionVersionId: versionId, position: 1, points: opts.points }] },
    },
    include: { questions: true },
  });
  const answer = await prisma.answer.create({
    data: {
      roundId: round.id,
      roundQuestionId: round.questions[0].id,
      userId,
      questionVersionId: versionId,
      response: JSON.stringify({ text }),
      status: "submitted",
      submittedAt: finished,
      maxPoints: opts.points,
      reviewRequestedAt: opts.requested ? finished : null,
    },
  });
  return { answerId: answer.id, roundId: round.id, roundQuestionId: round.questions[0].id };
}

/** Lets a reviewer into the real queue without grading calibration answers first. */
export async function waiveCalibration(userId: string) {
  await prisma.reviewerStatus.upsert({ where: { userId }, create: { userId, calibrationWaivedAt: new Date() }, update: { calibrationWaivedAt: new Date() } });
}
