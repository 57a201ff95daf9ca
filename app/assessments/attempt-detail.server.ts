import { prisma } from "../db.server";
import { renderMarkdown } from "../markdown.server";
import { questionFromVersion } from "../rounds/content.server";
import { RoundError } from "../rounds/errors";
import { isOpen } from "../rounds/rounds.server";
import type { OwnerRun } from "../rounds/run-view";
import { cellFor, type Cell } from "./attempt-score";
import { EXTENSION_MINUTES } from "./extension";
import { isBlank, type QuestionKind } from "../rounds/responses";
import { diagramsOf } from "../rounds/diagrams.server";
import type { WhiteboardScene } from "../../questions/whiteboard-scene";

// What an owner sees of one value: long enough to compare, short enough for a page.
const VALUE_CHARS = 2_000;
function shown(value: unknown): string {
  if (value === undefined) return "—";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS)}…` : text;
}

export type OwnerTest = { id: string; status: string; timeMs: number; args: string; expected: string; actual: string; error: string | null; stdout: string };

export type DetailResponse =
  | { type: "none" }
  | { type: "choices"; options: { id: string; html: string; chosen: boolean; correct: boolean }[] }
  | { type: "value"; given: string; expected: string }
  | { type: "text"; text: string; diagram: WhiteboardScene | null }
  | {
      type: "code";
      language: string;
      code: string;
      verdict: string | null;
      passed: number | null;
      total: number | null;
      compileError: string | null;
      tests: OwnerTest[];
    };

export type DetailReview = {
  id: string;
  reviewer: string;
  submittedAt: string | null;
  points: number | null;
  maxPoints: number | null;
  comment: string;
  criteria: { id: string; title: string; points: number; max: number | null; note: string }[];
};

export type DetailItem = {
  id: string;
  /** For actions on the answer itself (a regrade request); null when never answered. */
  answerId: string | null;
  position: number;
  title: string;
  kind: string;
  stage: string;
  points: number;
  promptHtml: string;
  cell: Cell;
  response: DetailResponse;
  reviews: DetailReview[];
};

/**
 * One invite's attempt in full for the assessment's owner: every answer, the final code
 * with each hidden test's inputs, expected and actual values, and the reviewers' grades
 * and notes. Null when the invite is not part of this assessment.
 */
export async function attemptDetail(assessmentId: string, inviteId: string) {
  const invite = await prisma.assessmentInvite.findFirst({
    where: { id: inviteId, assessmentId },
    select: {
      id: true,
      email: true,
      name: true,
      expiresAt: true,
      revokedAt: true,
      openedAt: true,
      timeMultiplier: true,
      extraMinutes: true,
      candidate: { select: { name: true } },
      round: {
        select: {
          id: true,
          startedAt: true,
          deadlineAt: true,
          finishedAt: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              points: true,
              questionVersion: { select: { id: true, title: true, kind: true, stage: true, content: true } },
              answer: {
                select: {
                  id: true,
                  response: true,
                  score: true,
                  gradedBy: true,
                  reviews: {
                    where: { status: "submitted" },
                    orderBy: { submittedAt: "asc" },
                    select: {
                      id: true,
                      comment: true,
                      points: true,
                      maxPoints: true,
                      submittedAt: true,
                      reviewer: { select: { name: true } },
                      criteria: { select: { criterionId: true, points: true, note: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!invite) return null;
  const round = invite.round;
  const answerIds = round?.questions.map((q) => q.answer?.id).filter((id): id is string => !!id) ?? [];
  const submissions = answerIds.length
    ? await prisma.codeSubmission.findMany({
        where: { answerId: { in: answerIds }, mode: "submit", status: "finished" },
        orderBy: { queuedAt: "desc" },
        select: { answerId: true, language: true, code: true, verdict: true, passed: true, total: true, ownerResult: true },
      })
    : [];

  const diagrams = await diagramsOf(answerIds);
  const items: DetailItem[] = (round?.questions ?? []).map((rq) => {
    const question = questionFromVersion(rq.questionVersion);
    const answer = rq.answer;
    const raw = answer ? (JSON.parse(answer.response) as Record<string, unknown>) : null;
    // a design answer may be a drawing alone
    const drawn = !!answer && (diagrams.get(answer.id)?.elements.length ?? 0) > 0;
    const blank = !raw || (isBlank(question.kind as QuestionKind, raw) && !drawn);
    let response: DetailResponse = { type: "none" };
    if (raw && !blank) {
      switch (question.kind) {
        case "mcq": {
          const chosen = new Set((raw.choices as string[]) ?? []);
          response = {
            type: "choices",
            options: question.options.map((o) => ({ id: o.id, html: renderMarkdown(o.text), chosen: chosen.has(o.id), correct: o.correct })),
          };
          break;
        }
        case "numeric":
          response = { type: "value", given: String(raw.value ?? ""), expected: `${question.answer}${question.unit ? ` ${question.unit}` : ""}` };
          break;
        case "short":
          response = { type: "value", given: String(raw.text ?? ""), expected: question.accepted.join(" · ") };
          break;
        case "coding": {
          // the code that earned the score; a later draft is shown only when nothing was submitted
          const last = submissions.find((s) => s.answerId === answer!.id);
          const owner = last?.ownerResult ? (JSON.parse(last.ownerResult) as OwnerRun) : null;
          response = {
            type: "code",
            language: last?.language ?? String(raw.language ?? ""),
            code: last?.code ?? String(raw.code ?? ""),
            verdict: last?.verdict ?? null,
            passed: last?.passed ?? null,
            total: last?.total ?? null,
            compileError: owner?.compileError?.message ?? null,
            tests: (owner?.tests ?? []).map((t) => ({
              id: t.id,
              status: t.status,
              timeMs: t.timeMs,
              args: (t.args ?? []).map(shown).join(", "),
              expected: shown(t.expected),
              actual: shown(t.actual),
              error: t.error ?? null,
              stdout: t.stdout ?? "",
            })),
          };
          break;
        }
        case "design":
        case "behavioral":
          response = { type: "text", text: String(raw.text ?? ""), diagram: diagrams.get(answer!.id) ?? null };
          break;
      }
    }
    const rubric = question.kind === "design" || question.kind === "behavioral" ? question.rubric : [];
    return {
      id: rq.id,
      answerId: answer?.id ?? null,
      position: rq.position,
      title: question.title,
      kind: question.kind,
      stage: question.stage,
      points: rq.points,
      promptHtml: renderMarkdown(question.prompt),
      cell: cellFor(question, answer ? { score: answer.score, gradedBy: answer.gradedBy, blank } : null),
      response,
      reviews: (answer?.reviews ?? []).map((r) => ({
        id: r.id,
        reviewer: r.reviewer.name,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        points: r.points,
        maxPoints: r.maxPoints,
        comment: r.comment,
        criteria: r.criteria.map((c) => {
          const criterion = rubric.find((k) => k.id === c.criterionId);
          return { id: c.criterionId, title: criterion?.title ?? c.criterionId, points: c.points, max: criterion?.points ?? null, note: c.note };
        }),
      })),
    };
  });

  return {
    invite: {
      id: invite.id,
      name: invite.name || invite.candidate?.name || "",
      email: invite.email,
      timeMultiplier: invite.timeMultiplier,
      extraMinutes: invite.extraMinutes,
    },
    attempt: round
      ? {
          roundId: round.id,
          startedAt: round.startedAt.toISOString(),
          deadlineAt: round.deadlineAt.toISOString(),
          finishedAt: round.finishedAt?.toISOString() ?? null,
          inProgress: isOpen(round),
        }
      : null,
    items,
  };
}

/**
 * Give a running attempt more time: the server's deadline moves, and the candidate's open
 * page picks it up from GET /rounds/:id/deadline. Only while the attempt is still open:
 * time cannot be given back to an attempt that has ended.
 */
export async function extendAttempt(assessmentId: string, inviteId: string, minutes: number, now = new Date()) {
  if (!Number.isInteger(minutes) || minutes < EXTENSION_MINUTES.min || minutes > EXTENSION_MINUTES.max) {
    throw new RoundError(`Add between ${EXTENSION_MINUTES.min} and ${EXTENSION_MINUTES.max} whole minutes.`, 400);
  }
  const invite = await prisma.assessmentInvite.findFirst({
    where: { id: inviteId, assessmentId },
    select: { round: { select: { id: true, deadlineAt: true, finishedAt: true } } },
  });
  if (!invite) throw new RoundError("There is no such invite.", 404);
  // Two owners' clicks at once: each adds its minutes to the deadline it read, or tries again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const round = attempt === 0 ? invite.round : await prisma.round.findUnique({ where: { id: invite.round!.id }, select: { id: true, deadlineAt: true, finishedAt: true } });
    if (!round) throw new RoundError("The candidate has not started yet: set extra time on the invite instead.", 409);
    if (!isOpen(round, now.getTime())) throw new RoundError("This attempt has already ended, so its time can no longer change.", 409);
    const deadlineAt = new Date(round.deadlineAt.getTime() + minutes * 60_000);
    const moved = await prisma.round.updateMany({
      where: { id: round.id, deadlineAt: round.deadlineAt, finishedAt: null },
      data: { deadlineAt },
    });
    if (moved.count === 1) return { deadlineAt };
  }
  throw new RoundError("The attempt changed while extending it. Reload and try again.", 409);
}
