import type { RubricQuestion } from "../../questions/index";
import { prisma } from "../db.server";
import { renderMarkdown } from "../markdown.server";
import { regradeStatus } from "../reviews/regrade.server";
import { recordScore } from "../scores/record.server";
import { questionFromVersion } from "./content.server";
import { RoundError } from "./errors";
import { roundTotal } from "./round-total";
import { requireOwnRound, type OwnRound } from "./rounds.server";
import type { ShownRun } from "./run-view";
import { diagramsOf, drawingOf } from "./diagrams.server";

/**
 * After the round: scores, explanations, correct options, rubrics with their anchors
 * and model answers. Hidden tests stay hidden even now; reference solutions were
 * never stored.
 */
export async function roundResults(round: OwnRound) {
  const answerIds = round.questions.map((q) => q.answer?.id).filter((id): id is string => !!id);
  const submissions = await prisma.codeSubmission.findMany({
    where: { answerId: { in: answerIds }, mode: "submit", status: "finished" },
    orderBy: { queuedAt: "desc" },
    select: { answerId: true, result: true, language: true, code: true },
  });
  const regrades = await regradeStatus(answerIds);
  const diagrams = await diagramsOf(answerIds);
  const items = round.questions.map((rq) => {
    const q = questionFromVersion(rq.questionVersion);
    const answer = rq.answer;
    const response = answer ? (JSON.parse(answer.response) as Record<string, unknown>) : null;
    const base = {
      id: rq.id,
      position: rq.position,
      title: q.title,
      kind: q.kind,
      stage: q.stage,
      skills: q.skills,
      promptHtml: renderMarkdown(q.prompt),
      explanationHtml: renderMarkdown(q.explanation),
      score: answer?.score ?? null,
      gradedBy: answer?.gradedBy ?? null,
      status: answer?.status ?? "unanswered",
    };
    switch (q.kind) {
      case "mcq":
        return {
          ...base,
          options: q.options.map((o) => ({
            id: o.id,
            html: renderMarkdown(o.text),
            correct: o.correct,
            chosen: ((response?.choices as string[]) ?? []).includes(o.id),
          })),
        };
      case "numeric":
        return { ...base, given: String(response?.value ?? ""), expected: `${q.answer}${q.unit ? ` ${q.unit}` : ""}` };
      case "short":
        return { ...base, given: String(response?.text ?? ""), expected: q.accepted.join(" · ") };
      case "coding":
      case "sql": {
        // the code that earned the score, not a later draft or run
        const last = submissions.find((s) => s.answerId === answer?.id);
        return {
          ...base,
          code: last ? { language: last.language, source: last.code } : null,
          run: last?.result ? (JSON.parse(last.result) as ShownRun) : null,
        };
      }
      case "design":
      case "behavioral": {
        const self = answer?.selfAssessment ? (JSON.parse(answer.selfAssessment) as Record<string, number>) : null;
        return {
          ...base,
          text: String(response?.text ?? ""),
          diagram: q.kind === "design" && answer ? (diagrams.get(answer.id) ?? null) : null,
          rubric: q.rubric.map((c) => ({ ...c, self: self?.[c.id] ?? null })),
          modelAnswerHtml: renderMarkdown(q.modelAnswer),
          selfAssessed: self !== null,
          reviewRequested: answer?.reviewRequestedAt != null,
          answerId: answer?.id ?? null,
          regrade: answer && regrades.has(answer.id) ? { resolved: regrades.get(answer.id)!.resolvedAt !== null } : null,
        };
      }
    }
  });
  return { items, total: roundTotal(items) };
}

export type ResultItem = Awaited<ReturnType<typeof roundResults>>["items"][number];

async function finishedRubricAnswer(userId: string, roundId: string, roundQuestionId: string) {
  const round = await requireOwnRound(userId, roundId);
  if (!round.finishedAt) throw new RoundError("Finish the round first: the rubric opens after it.", 409);
  const rq = round.questions.find((q) => q.id === roundQuestionId);
  if (!rq) throw new RoundError("That question is not part of this round.", 404);
  const question = questionFromVersion(rq.questionVersion);
  if (question.kind !== "design" && question.kind !== "behavioral") throw new RoundError("Only design and behavioural answers use a rubric.", 400);
  // a design answer may be a drawing alone
  if (!rq.answer || (!String(JSON.parse(rq.answer.response).text ?? "").trim() && !(await drawingOf(rq.answer.id)))) {
    throw new RoundError("There is no answer to assess for this question.", 409);
  }
  return { round, rq, answer: rq.answer, question: question as RubricQuestion };
}

/** The candidate's own grading against the rubric, recorded as self-assessed. */
export async function selfAssess(userId: string, roundId: string, roundQuestionId: string, points: Record<string, number>) {
  const { round, rq, answer, question } = await finishedRubricAnswer(userId, roundId, roundQuestionId);
  const scores: Record<string, number> = {};
  for (const criterion of question.rubric) {
    const value = points[criterion.id];
    if (value === undefined || !Number.isInteger(value) || value < 0 || value > criterion.points) {
      throw new RoundError(`Give "${criterion.title}" a whole number of points from 0 to ${criterion.points}.`, 400);
    }
    scores[criterion.id] = value;
  }
  const max = question.rubric.reduce((s, c) => s + c.points, 0);
  const score = Object.values(scores).reduce((s, v) => s + v, 0) / max;
  await prisma.$transaction(async (tx) => {
    await tx.answer.update({
      where: { id: answer.id },
      data: {
        selfAssessment: JSON.stringify(scores),
        // a reviewer's grade, when there is one, stays the answer's score
        ...(answer.gradedBy === "reviewer" ? {} : { score, points: score * rq.points, maxPoints: rq.points, gradedBy: "self", gradedAt: new Date(), status: "graded" }),
      },
    });
    await recordScore(tx, {
      answerId: answer.id,
      userId,
      questionVersionId: rq.questionVersionId,
      track: round.track,
      stage: rq.questionVersion.stage,
      skills: question.skills,
      score,
      maxPoints: rq.points,
      source: "self",
    });
  });
  return { score };
}

/** Put the answer in the reviewers' queue (once; asking again changes nothing). */
export async function requestReview(userId: string, roundId: string, roundQuestionId: string) {
  const { answer } = await finishedRubricAnswer(userId, roundId, roundQuestionId);
  if (!answer.reviewRequestedAt) await prisma.answer.update({ where: { id: answer.id }, data: { reviewRequestedAt: new Date() } });
}
